// What Pacta's first records hold, taken from Wuhan University of Technology's news
// release "A Strategic Cooperation Agreement was Signed between WUT and Guangxi Zhuang
// Autonomous Region" (published 22 May 2020; its text is in wut-guangxi-2020.txt).
//
// Every fact carries the quote that supports it. STATED: the release says it.
// INFERRED: Pacta concluded it, and `note` says how. The loader refuses a quote that
// is not in the release, so the seed cannot misquote it. Nothing here is invented:
// where the release is silent (titles, types, signatories, focus areas, terms, end dates)
// the field stays empty and the record says it is not known (decision 022).
import type { DatePrecision, EventRole, EvidenceBasis, KnowledgeState, OrganizationKind, ParticipantRole, PartyRole } from "../../lib/enumerations";

export type Basis = EvidenceBasis;
export interface SeedEvidence {
  field: string;
  /** The release's words; empty for a fact from outside it. */
  quote: string;
  basis: Basis;
  note?: string;
  /** For OUTSIDE_SOURCE: where the fact came from. */
  origin?: string;
}

/** A fact that the release does not hold, with where it came from. */
const outside = (field: string, origin: string): SeedEvidence => ({ field, quote: "", basis: "OUTSIDE_SOURCE", origin });

export const SOURCE = {
  key: "wut-guangxi-2020",
  kind: "NEWS_RELEASE",
  title: "A Strategic Cooperation Agreement was Signed between WUT and Guangxi Zhuang Autonomous Region",
  publisher: "Wuhan University of Technology",
  // The text gives no date: the page's address carries it (…/202005/t20200522_…).
  publishedOn: "2020-05-22",
  publishedOnBasis: "FROM_ADDRESS",
  url: "https://english.whut.edu.cn/wn/202005/t20200522_442897.html",
  language: "en",
  completeness: "FULL_TEXT",
  textFile: "wut-guangxi-2020.txt",
} as const;

/** The source's own facts that its text does not hold. */
export const SOURCE_EVIDENCE: SeedEvidence[] = [
  {
    field: "publishedOn",
    quote: "",
    basis: "OUTSIDE_SOURCE",
    origin: "The page's address (wn/202005/t20200522_442897.html); the release's text gives no date.",
  },
];

export const AGREEMENT_TYPES = [
  { code: "FRAMEWORK", name: "Framework agreement", localName: "框架协议" },
  { code: "STRATEGIC_COOPERATION", name: "Strategic cooperation agreement", localName: "战略合作协议" },
  { code: "COMPREHENSIVE_STRATEGIC_COOPERATION", name: "Comprehensive strategic cooperation agreement", localName: "全面战略合作协议" },
  { code: "MOU", name: "Memorandum of understanding", localName: "合作备忘录" },
  { code: "RESEARCH", name: "Research agreement", localName: "科研合作协议" },
  { code: "STUDENT_EXCHANGE", name: "Student exchange agreement", localName: "学生交流协议" },
  { code: "INDUSTRY", name: "Industry cooperation agreement", localName: "产业合作协议" },
  { code: "OTHER", name: "Other", localName: "其他" },
] as const;
export type AgreementTypeCode = (typeof AGREEMENT_TYPES)[number]["code"];

export const FOCUS_AREAS = {
  innovationPlatforms: "Innovation platform construction",
  jointResearch: "Joint scientific and technological research",
  technologyTransfer: "Technology transfer and achievement transformation",
  talentExchange: "Talent exchange and cooperation",
  beltAndRoad: "Belt and Road Initiative",
  automobiles: "Automobiles",
  materials: "Materials",
  transportation: "Transportation",
} as const;
export type FocusAreaKey = keyof typeof FOCUS_AREAS;
/** The focus areas' Chinese names (the release is in English; these are the office's own terms). */
export const FOCUS_AREA_LOCAL_NAMES: Record<FocusAreaKey, string> = {
  innovationPlatforms: "创新平台建设",
  jointResearch: "联合科技攻关",
  technologyTransfer: "技术转移与成果转化",
  talentExchange: "人才交流与合作",
  beltAndRoad: "“一带一路”倡议",
  automobiles: "汽车",
  materials: "材料",
  transportation: "交通",
};

export interface SeedOrganization {
  name: string;
  localName?: string;
  acronym?: string;
  otherNames?: string[];
  kind: OrganizationKind;
  country?: string;
  region?: string;
  city?: string;
  /** The key of the organization this one is a unit of; it must be listed before its units. */
  parent?: string;
  isOwnInstitution?: boolean;
  cooperationFields?: FocusAreaKey[];
  evidence?: SeedEvidence[];
}

const PRESENT_AT_CEREMONY =
  "People who were present at the signing ceremony included heads and professors of Party Affairs and President’s Office, Graduate School, Social Cooperation and Alumni Office, Science and Technology Cooperation and Achievements Transformation Center, School of Automotive Engineering, School of Mechanical and Electrical Engineering, School of Transportation, Engineering Research Center of Silicate Materials for Architectures and other departments.";
const GUANGXI_OFFICIALS_ATTENDING =
  "Wang Yuefei, deputy director of the People’s Congress of the Region, heads of General Office, Science and Technology Department, Education Department, the Housing and Construction Department, government of Nanning and government of Liuzhou, businessmen as well as some alumni attended the ceremony also.";
const LEADERS_WENT_TO_SIGN =
  "leaders of WUT including secretary Xin Sijin, president Zhang Qingjie, deputy secretary Xia Jiangjing as well as vice president Wu Chaozhong went to Nanning, the capital of the Guangxi province, to sign a series of cooperation agreements with Fei Zhirong, vice president of the Autonomous Region and heads of other departments on January 3rd.";
const CITY_AGREEMENTS =
  "WUT has signed a comprehensive strategic cooperation agreement and Guangxi Automobile Research Institute Cooperation Framework Agreement with the People's Government of Nanning and that of Liuzhou.";
const COMPANY_AGREEMENTS =
  "The university also signed a series of agreements with the Guangxi Liuzhou Iron and Steel Group(GLISG), CSSC Guangxi Beibu Gulf Marine and Offshore Engineering Design Company, Guangxi Automobile Group and SGMW respectively.";
const BEGINNING_OF_YEAR =
  "At the beginning of the new year, the university has already signed a strategic cooperation agreement with the government of the Guangxi Zhuang Autonomous Region, the municipal governments of Nanning and Liuzhou as well as four local companies.";
const TEN_YEARS = "the past ten years since Guangxi and WUT signed a cooperation framework agreement";
const SECOND_DECADE = "This year is the second decade of strategic cooperation between WUT and the Region.";

const UNIT_PRESENT: SeedEvidence[] = [{ field: "existence", quote: PRESENT_AT_CEREMONY, basis: "STATED" }];
const GUANGXI_UNIT: SeedEvidence[] = [
  {
    field: "parent",
    quote: GUANGXI_OFFICIALS_ATTENDING,
    basis: "INFERRED",
    note: "The release names the department without its parent; it is recorded as a department of the regional government.",
  },
];

export const ORGANIZATIONS = {
  wut: {
    name: "Wuhan University of Technology",
    localName: "武汉理工大学",
    acronym: "WUT",
    kind: "UNIVERSITY",
    country: "CN",
    region: "Hubei",
    city: "Wuhan",
    isOwnInstitution: true,
    evidence: [
      outside("name", "The university's own name: the release says only “WUT”."),
      outside("localName", "The university's own Chinese name."),
      outside("city", "Where the university is (Wuhan, Hubei): the release does not say."),
    ],
  },
  wutPresidentsOffice: { name: "Party Affairs and President’s Office", kind: "UNIT", parent: "wut", evidence: UNIT_PRESENT },
  wutGraduateSchool: { name: "Graduate School", kind: "UNIT", parent: "wut", evidence: UNIT_PRESENT },
  wutAlumniOffice: { name: "Social Cooperation and Alumni Office", kind: "UNIT", parent: "wut", evidence: UNIT_PRESENT },
  wutTechTransferCenter: {
    name: "Science and Technology Cooperation and Achievements Transformation Center",
    kind: "UNIT",
    parent: "wut",
    evidence: UNIT_PRESENT,
  },
  wutAutomotive: { name: "School of Automotive Engineering", kind: "UNIT", parent: "wut", evidence: UNIT_PRESENT },
  wutMechanical: { name: "School of Mechanical and Electrical Engineering", kind: "UNIT", parent: "wut", evidence: UNIT_PRESENT },
  wutTransportation: { name: "School of Transportation", kind: "UNIT", parent: "wut", evidence: UNIT_PRESENT },
  wutSilicateCenter: {
    name: "Engineering Research Center of Silicate Materials for Architectures",
    kind: "UNIT",
    parent: "wut",
    evidence: UNIT_PRESENT,
  },
  guangxiGovernment: {
    name: "People's Government of Guangxi Zhuang Autonomous Region",
    localName: "广西壮族自治区人民政府",
    otherNames: ["Guangxi Zhuang Autonomous Region", "government of the Guangxi Zhuang Autonomous Region", "Guangxi"],
    kind: "GOVERNMENT",
    country: "CN",
    region: "Guangxi",
    city: "Nanning",
    cooperationFields: ["automobiles", "materials", "transportation"],
    evidence: [
      outside("localName", "The government's own Chinese name."),
      {
        field: "cooperationFields",
        quote:
          "in the past 20 years, a series of in-depth and effective cooperation has been carried out between the two sides in the fields of automobiles, materials and transportation",
        basis: "STATED",
      },
    ],
  },
  guangxiGeneralOffice: { name: "General Office", kind: "UNIT", parent: "guangxiGovernment", evidence: GUANGXI_UNIT },
  guangxiScienceDepartment: {
    name: "Science and Technology Department",
    kind: "UNIT",
    parent: "guangxiGovernment",
    evidence: [
      {
        field: "parent",
        quote: "President Zhang thanked the local government and its Science and Technology Department",
        basis: "STATED",
      },
    ],
  },
  guangxiEducationDepartment: { name: "Education Department", kind: "UNIT", parent: "guangxiGovernment", evidence: GUANGXI_UNIT },
  guangxiHousingDepartment: {
    name: "Housing and Construction Department",
    kind: "UNIT",
    parent: "guangxiGovernment",
    evidence: GUANGXI_UNIT,
  },
  guangxiCongress: {
    name: "People’s Congress of Guangxi Zhuang Autonomous Region",
    localName: "广西壮族自治区人民代表大会",
    otherNames: ["People’s Congress of the Region"],
    evidence: [outside("localName", "The congress's own Chinese name.")],
    kind: "GOVERNMENT",
    country: "CN",
    region: "Guangxi",
    city: "Nanning",
  },
  nanningGovernment: {
    name: "People's Government of Nanning",
    localName: "南宁市人民政府",
    otherNames: ["government of Nanning", "municipal government of Nanning"],
    evidence: [outside("localName", "The city government's own Chinese name.")],
    kind: "GOVERNMENT",
    country: "CN",
    region: "Guangxi",
    city: "Nanning",
  },
  liuzhouGovernment: {
    name: "People's Government of Liuzhou",
    localName: "柳州市人民政府",
    otherNames: ["government of Liuzhou", "municipal government of Liuzhou"],
    evidence: [outside("localName", "The city government's own Chinese name.")],
    kind: "GOVERNMENT",
    country: "CN",
    region: "Guangxi",
    city: "Liuzhou",
  },
  glisg: {
    name: "Guangxi Liuzhou Iron and Steel Group",
    localName: "广西柳州钢铁集团有限公司",
    acronym: "GLISG",
    otherNames: ["Liuzhou Iron and Steel Group"],
    evidence: [outside("localName", "The company's own Chinese name."), outside("city", "The company's seat, from its own name and registration.")],
    kind: "COMPANY",
    country: "CN",
    region: "Guangxi",
    city: "Liuzhou",
  },
  cssc: {
    name: "CSSC Guangxi Beibu Gulf Marine and Offshore Engineering Design Company",
    kind: "COMPANY",
    country: "CN",
    region: "Guangxi",
  },
  guangxiAutomobileGroup: {
    name: "Guangxi Automobile Group",
    localName: "广西汽车集团有限公司",
    evidence: [outside("localName", "The company's own Chinese name."), outside("city", "The company's seat, from its registration.")],
    kind: "COMPANY",
    country: "CN",
    region: "Guangxi",
    city: "Liuzhou",
  },
  sgmw: {
    name: "SAIC-GM-Wuling Automobile",
    localName: "上汽通用五菱汽车股份有限公司",
    acronym: "SGMW",
    otherNames: ["SAIC GM Wuling"],
    kind: "COMPANY",
    country: "CN",
    region: "Guangxi",
    city: "Liuzhou",
    evidence: [
      outside("name", "The company's own name: the release gives only the acronym SGMW."),
      outside("localName", "The company's own Chinese name."),
      outside("city", "The company's seat, from its registration."),
    ],
  },
} satisfies Record<string, SeedOrganization>;
export type OrganizationKey = keyof typeof ORGANIZATIONS;

export interface SeedPerson {
  name: string;
  localName?: string;
  position: string;
  /** The position in Chinese, as the office writes it. */
  localPosition?: string;
  organization: OrganizationKey;
  evidence: SeedEvidence[];
}

const leader = (quote: string): SeedEvidence[] => [{ field: "position", quote, basis: "STATED" }];

export const PEOPLE = {
  xinSijin: { name: "Xin Sijin", position: "Secretary", localPosition: "党委书记", organization: "wut", evidence: leader("secretary Xin Sijin") },
  zhangQingjie: {
    name: "Zhang Qingjie",
    localName: "张清杰",
    position: "President",
    localPosition: "校长",
    organization: "wut",
    evidence: [...leader("president Zhang Qingjie"), outside("localName", "His name in Chinese characters, from the university's own pages.")],
  },
  xiaJiangjing: {
    name: "Xia Jiangjing",
    position: "Deputy Secretary",
    localPosition: "党委副书记",
    organization: "wut",
    evidence: leader("deputy secretary Xia Jiangjing"),
  },
  wuChaozhong: {
    name: "Wu Chaozhong",
    position: "Vice President",
    localPosition: "副校长",
    organization: "wut",
    evidence: leader("vice president Wu Chaozhong"),
  },
  feiZhirong: {
    name: "Fei Zhirong",
    localName: "费志荣",
    position: "Vice President of the Autonomous Region",
    localPosition: "自治区副主席",
    organization: "guangxiGovernment",
    evidence: [
      {
        field: "position",
        quote: "Fei Zhirong, vice president of the Autonomous Region",
        basis: "STATED",
        note: "The release's own words for his office.",
      },
      outside("localName", "His name in Chinese characters, from the Region's own pages."),
    ],
  },
  wangYuefei: {
    name: "Wang Yuefei",
    position: "Deputy Director, People’s Congress of the Region",
    localPosition: "自治区人大常委会副主任",
    organization: "guangxiCongress",
    evidence: leader("Wang Yuefei, deputy director of the People’s Congress of the Region"),
  },
} satisfies Record<string, SeedPerson>;
export type PersonKey = keyof typeof PEOPLE;

export interface SeedParticipant {
  role: ParticipantRole;
  person?: PersonKey;
  onBehalfOf: OrganizationKey;
  note?: string;
}

export interface SeedAgreement {
  reference: string;
  /** Null when the release gives no title (`titleKnowledge` UNKNOWN): pages show a label made from its type and partners. */
  title: string | null;
  /** What the record knows (decision 022); KNOWN when not given. */
  titleKnowledge?: KnowledgeState;
  signatoriesKnowledge?: KnowledgeState;
  focusAreasKnowledge?: KnowledgeState;
  termKnowledge?: KnowledgeState;
  /** Other names the release gives it, each with where it comes from. */
  otherNames?: { name: string; note: string }[];
  type?: AgreementTypeCode;
  summary?: string;
  status: "ACTIVE" | "RENEWED";
  signedOn: { iso: string; precision: DatePrecision; approximate?: boolean };
  signedPlace?: string;
  renewalOf?: string;
  parties: { organization: OrganizationKey; role: PartyRole }[];
  participants?: SeedParticipant[];
  focusAreas?: FocusAreaKey[];
  statusTimeline: { from: "ACTIVE" | null; to: "ACTIVE" | "RENEWED"; at: string; note: string }[];
  evidence: SeedEvidence[];
}

const SIGNED_JANUARY_3: SeedEvidence = {
  field: "signedOn",
  quote: "on January 3rd",
  basis: "INFERRED",
  note:
    "The day and month are stated; the year is not. 2020 is inferred from the publication date (22 May 2020), " +
    "“At the beginning of the new year” and “This year is the second decade”.",
};
const SIGNED_IN_NANNING: SeedEvidence = {
  field: "signedPlace",
  quote: "went to Nanning, the capital of the Guangxi province, to sign a series of cooperation agreements",
  basis: "STATED",
};
const ACTIVE_SINCE_SIGNING: SeedEvidence = {
  field: "status",
  quote: BEGINNING_OF_YEAR,
  basis: "INFERRED",
  note: "Signed at the ceremony; the release gives no term or end date, so the agreement is recorded as active with no end date.",
};
/**
 * The release names no signatory, no focus area (but for the renewed framework with the Region)
 * and no term for any agreement: the record says so, instead of leaving them to look empty.
 */
const NOT_IN_THE_RELEASE = { signatoriesKnowledge: "UNKNOWN", focusAreasKnowledge: "UNKNOWN", termKnowledge: "UNKNOWN" } as const;
const SIGNATORIES_NOT_STATED: SeedEvidence = {
  field: "signatories",
  quote: LEADERS_WENT_TO_SIGN,
  basis: "INFERRED",
  note:
    "The release says who went to Nanning to sign the series of agreements, not who signed which one: " +
    "the signatories are recorded as not known, and those leaders as present at the signing ceremony.",
};
const JANUARY_SIGNING = { from: null, to: "ACTIVE", at: "2020-01-03", note: "Signed at the ceremony in Nanning (year inferred)." } as const;

const companyAgreement = (
  reference: string,
  organization: OrganizationKey,
  partnerName: string,
): SeedAgreement => ({
  reference,
  title: null,
  titleKnowledge: "UNKNOWN",
  ...NOT_IN_THE_RELEASE,
  status: "ACTIVE",
  signedOn: { iso: "2020-01-03", precision: "DAY" },
  signedPlace: "Nanning",
  parties: [
    { organization: "wut", role: "OUR_INSTITUTION" },
    { organization, role: "PARTNER" },
  ],
  statusTimeline: [JANUARY_SIGNING],
  evidence: [
    { field: "parties", quote: COMPANY_AGREEMENTS, basis: "STATED" },
    {
      field: "title",
      quote: COMPANY_AGREEMENTS,
      basis: "INFERRED",
      note:
        `The release gives neither the title nor the type of the agreement(s) with ${partnerName}, and “a series of agreements” ` +
        "may mean more than one: the title is recorded as not known, and the agreement is shown by its partner.",
    },
    SIGNATORIES_NOT_STATED,
    SIGNED_JANUARY_3,
    SIGNED_IN_NANNING,
    ACTIVE_SINCE_SIGNING,
  ],
});

export const AGREEMENTS: SeedAgreement[] = [
  {
    reference: "AG-2010-0001",
    title: "Cooperation Framework Agreement",
    ...NOT_IN_THE_RELEASE,
    type: "FRAMEWORK",
    summary:
      "The cooperation framework agreement that Guangxi and WUT signed about ten years before its renewal in January 2020. " +
      "The release credits the cooperation under it with achievements in industrial development, technological innovation and personnel training.",
    status: "RENEWED",
    // "About ten years" before 2020: an approximation, not only a year.
    signedOn: { iso: "2010", precision: "YEAR", approximate: true },
    parties: [
      { organization: "wut", role: "OUR_INSTITUTION" },
      { organization: "guangxiGovernment", role: "PARTNER" },
    ],
    statusTimeline: [
      { from: "ACTIVE", to: "RENEWED", at: "2020-01-03", note: "Renewed by AG-2020-0001 (year of the renewal inferred)." },
    ],
    evidence: [
      { field: "parties", quote: TEN_YEARS, basis: "STATED" },
      {
        field: "title",
        quote: TEN_YEARS,
        basis: "INFERRED",
        note: "The release calls it “a cooperation framework agreement” and gives no exact title.",
      },
      {
        field: "signedOn",
        quote: TEN_YEARS,
        basis: "INFERRED",
        note:
          "About ten years before the 2020 renewal; “This year is the second decade of strategic cooperation” agrees. " +
          "The release gives no date, so only the year is recorded, and it is approximate.",
      },
      {
        field: "summary",
        quote:
          "has witnessed remarkable achievements between the two sides in cooperation in industrial development, technological innovation, and personnel training",
        basis: "STATED",
      },
      {
        field: "status",
        quote: "renewed the strategic cooperation framework agreement",
        basis: "STATED",
      },
    ],
  },
  {
    reference: "AG-2020-0001",
    title: "Strategic Cooperation Framework Agreement",
    // The release names its focus areas, but neither its signatories nor its term.
    signatoriesKnowledge: "UNKNOWN",
    termKnowledge: "UNKNOWN",
    // The headline and the speeches call it "a strategic cooperation agreement"; its title says "framework".
    otherNames: [{ name: "Strategic Cooperation Agreement", note: "The release's headline, and the speeches of Fei Zhirong and Xin Sijin" }],
    type: "STRATEGIC_COOPERATION",
    summary:
      "Renewal of the strategic cooperation framework agreement: to build an innovation platform, carry out scientific and " +
      "technological research, promote technology transfer and achievement transformation, strengthen talent exchange and " +
      "cooperation, and participate in the Belt and Road initiative.",
    status: "ACTIVE",
    signedOn: { iso: "2020-01-03", precision: "DAY" },
    signedPlace: "Nanning",
    renewalOf: "AG-2010-0001",
    parties: [
      { organization: "wut", role: "OUR_INSTITUTION" },
      { organization: "guangxiGovernment", role: "PARTNER" },
    ],
    focusAreas: ["innovationPlatforms", "jointResearch", "technologyTransfer", "talentExchange", "beltAndRoad"],
    statusTimeline: [JANUARY_SIGNING],
    evidence: [
      {
        field: "title",
        quote:
          "WUT and the People's Government of Guangxi Zhuang Autonomous Region renewed the strategic cooperation framework agreement",
        basis: "STATED",
      },
      {
        field: "parties",
        quote:
          "WUT and the People's Government of Guangxi Zhuang Autonomous Region renewed the strategic cooperation framework agreement",
        basis: "STATED",
      },
      {
        field: "renewalOf",
        quote: TEN_YEARS,
        basis: "INFERRED",
        note:
          "The release says the framework agreement was “renewed” and that one was signed about ten years earlier; " +
          "that this renewal renews that one is implied, not stated.",
      },
      {
        field: "focusAreas",
        quote:
          "renewed the strategic cooperation framework agreement to build an innovation platform, carry out scientific and technological research, promote technology transfer and achievement transformation, strengthen talent exchange and cooperation, and participate in the “Belt and Road” initiative",
        basis: "STATED",
      },
      SIGNED_JANUARY_3,
      SIGNED_IN_NANNING,
      SIGNATORIES_NOT_STATED,
      {
        field: "otherNames",
        quote: "A Strategic Cooperation Agreement was Signed between WUT and Guangxi Zhuang Autonomous Region",
        basis: "INFERRED",
        note:
          "The headline, and Fei Zhirong (“this new strategic cooperation agreement”), call it a strategic cooperation agreement; " +
          "that they mean the renewed framework is inferred from Xin Sijin's words, which name the Region's government as its partner.",
      },
      { field: "otherNames", quote: "this new strategic cooperation agreement", basis: "STATED" },
      {
        field: "otherNames",
        quote: "the university has already signed a strategic cooperation agreement with the government of the Guangxi Zhuang Autonomous Region",
        basis: "STATED",
      },
      { field: "status", quote: SECOND_DECADE, basis: "INFERRED", note: ACTIVE_SINCE_SIGNING.note },
    ],
  },
  {
    reference: "AG-2020-0002",
    ...NOT_IN_THE_RELEASE,
    title: "Comprehensive Strategic Cooperation Agreement",
    type: "COMPREHENSIVE_STRATEGIC_COOPERATION",
    status: "ACTIVE",
    signedOn: { iso: "2020-01-03", precision: "DAY" },
    signedPlace: "Nanning",
    parties: [
      { organization: "wut", role: "OUR_INSTITUTION" },
      { organization: "nanningGovernment", role: "PARTNER" },
    ],
    statusTimeline: [JANUARY_SIGNING],
    evidence: [
      {
        field: "parties",
        quote: CITY_AGREEMENTS,
        basis: "INFERRED",
        note:
          "The sentence names “a comprehensive strategic cooperation agreement” with both city governments; it is recorded " +
          "as one agreement with each city, since the release also says the university signed with “the municipal governments of Nanning and Liuzhou”.",
      },
      { field: "title", quote: "WUT has signed a comprehensive strategic cooperation agreement", basis: "STATED" },
      SIGNATORIES_NOT_STATED,
      SIGNED_JANUARY_3,
      SIGNED_IN_NANNING,
      ACTIVE_SINCE_SIGNING,
    ],
  },
  {
    reference: "AG-2020-0003",
    ...NOT_IN_THE_RELEASE,
    title: "Comprehensive Strategic Cooperation Agreement",
    type: "COMPREHENSIVE_STRATEGIC_COOPERATION",
    status: "ACTIVE",
    signedOn: { iso: "2020-01-03", precision: "DAY" },
    signedPlace: "Nanning",
    parties: [
      { organization: "wut", role: "OUR_INSTITUTION" },
      { organization: "liuzhouGovernment", role: "PARTNER" },
    ],
    statusTimeline: [JANUARY_SIGNING],
    evidence: [
      {
        field: "parties",
        quote: CITY_AGREEMENTS,
        basis: "INFERRED",
        note:
          "The sentence names “a comprehensive strategic cooperation agreement” with both city governments; it is recorded " +
          "as one agreement with each city, since the release also says the university signed with “the municipal governments of Nanning and Liuzhou”.",
      },
      { field: "title", quote: "WUT has signed a comprehensive strategic cooperation agreement", basis: "STATED" },
      SIGNATORIES_NOT_STATED,
      SIGNED_JANUARY_3,
      SIGNED_IN_NANNING,
      ACTIVE_SINCE_SIGNING,
    ],
  },
  {
    reference: "AG-2020-0004",
    ...NOT_IN_THE_RELEASE,
    title: "Guangxi Automobile Research Institute Cooperation Framework Agreement",
    type: "FRAMEWORK",
    status: "ACTIVE",
    signedOn: { iso: "2020-01-03", precision: "DAY" },
    signedPlace: "Nanning",
    parties: [
      { organization: "wut", role: "OUR_INSTITUTION" },
      { organization: "nanningGovernment", role: "PARTNER" },
      { organization: "liuzhouGovernment", role: "PARTNER" },
    ],
    statusTimeline: [JANUARY_SIGNING],
    evidence: [
      { field: "title", quote: "Guangxi Automobile Research Institute Cooperation Framework Agreement", basis: "STATED" },
      {
        field: "parties",
        quote: CITY_AGREEMENTS,
        basis: "INFERRED",
        note:
          "The release does not make clear whether this is one agreement with both city governments or one with each; " +
          "it is recorded as one agreement with both.",
      },
      SIGNATORIES_NOT_STATED,
      SIGNED_JANUARY_3,
      SIGNED_IN_NANNING,
      ACTIVE_SINCE_SIGNING,
    ],
  },
  companyAgreement("AG-2020-0005", "glisg", "Guangxi Liuzhou Iron and Steel Group"),
  companyAgreement("AG-2020-0006", "cssc", "CSSC Guangxi Beibu Gulf Marine and Offshore Engineering Design Company"),
  companyAgreement("AG-2020-0007", "guangxiAutomobileGroup", "Guangxi Automobile Group"),
  companyAgreement("AG-2020-0008", "sgmw", "SGMW"),
];

export interface SeedSigningEvent {
  name: string;
  heldOn: { iso: string; precision: DatePrecision };
  place: string;
  host: OrganizationKey;
  /** The references of the agreements signed there. */
  agreements: string[];
  /** Who was there, in what role, with the position the source gives them at that time. */
  attendances: { role: EventRole; person?: PersonKey; onBehalfOf: OrganizationKey; position?: string; note?: string }[];
  evidence: SeedEvidence[];
}

const ATTENDED_FOR_UNIT = (onBehalfOf: OrganizationKey, note: string) => ({ role: "ATTENDED" as const, onBehalfOf, note });

/**
 * The one signing ceremony the release describes: in Nanning on 3 January (2020), hosted by the
 * Region's government, at which all eight agreements were signed. Those present are recorded here,
 * once, not on one of the agreements (the release never says who attended for which agreement).
 */
export const SIGNING_EVENTS: SeedSigningEvent[] = [
  {
    name: "Signing ceremony in Nanning",
    heldOn: { iso: "2020-01-03", precision: "DAY" },
    place: "Nanning",
    host: "guangxiGovernment",
    agreements: ["AG-2020-0001", "AG-2020-0002", "AG-2020-0003", "AG-2020-0004", "AG-2020-0005", "AG-2020-0006", "AG-2020-0007", "AG-2020-0008"],
    attendances: [
      { role: "SIGNED", person: "xinSijin", onBehalfOf: "wut", position: "Secretary" },
      { role: "SIGNED", person: "zhangQingjie", onBehalfOf: "wut", position: "President" },
      { role: "SIGNED", person: "xiaJiangjing", onBehalfOf: "wut", position: "Deputy Secretary" },
      { role: "SIGNED", person: "wuChaozhong", onBehalfOf: "wut", position: "Vice President" },
      { role: "SIGNED", person: "feiZhirong", onBehalfOf: "guangxiGovernment", position: "Vice President of the Autonomous Region" },
      { role: "ATTENDED", person: "wangYuefei", onBehalfOf: "guangxiCongress", position: "Deputy Director, People’s Congress of the Region" },
      ATTENDED_FOR_UNIT("wutPresidentsOffice", "Heads and professors"),
      ATTENDED_FOR_UNIT("wutGraduateSchool", "Heads and professors"),
      ATTENDED_FOR_UNIT("wutAlumniOffice", "Heads and professors"),
      ATTENDED_FOR_UNIT("wutTechTransferCenter", "Heads and professors"),
      ATTENDED_FOR_UNIT("wutAutomotive", "Heads and professors"),
      ATTENDED_FOR_UNIT("wutMechanical", "Heads and professors"),
      ATTENDED_FOR_UNIT("wutTransportation", "Heads and professors"),
      ATTENDED_FOR_UNIT("wutSilicateCenter", "Heads and professors"),
      ATTENDED_FOR_UNIT("guangxiGeneralOffice", "Heads"),
      ATTENDED_FOR_UNIT("guangxiScienceDepartment", "Heads"),
      ATTENDED_FOR_UNIT("guangxiEducationDepartment", "Heads"),
      ATTENDED_FOR_UNIT("guangxiHousingDepartment", "Heads"),
      ATTENDED_FOR_UNIT("nanningGovernment", "Heads"),
      ATTENDED_FOR_UNIT("liuzhouGovernment", "Heads"),
    ],
    evidence: [
      { field: "attendances", quote: LEADERS_WENT_TO_SIGN, basis: "STATED" },
      { field: "attendances", quote: PRESENT_AT_CEREMONY, basis: "STATED" },
      { field: "attendances", quote: GUANGXI_OFFICIALS_ATTENDING, basis: "STATED" },
      { ...SIGNED_JANUARY_3, field: "heldOn" },
      { ...SIGNED_IN_NANNING, field: "place" },
      {
        field: "agreements",
        quote: BEGINNING_OF_YEAR,
        basis: "INFERRED",
        note:
          "The release lists the agreements with the Region, both cities and four companies together with the ceremony; " +
          "it is recorded that all eight were signed there.",
      },
      {
        field: "host",
        quote: "expressed their heartfelt thanks to WUT for its long-term support to the region",
        basis: "INFERRED",
        note: "The ceremony was in the Region's capital and its leaders received the WUT delegation; the Region's government is recorded as the host.",
      },
    ],
  },
];
