import { describe, expect, it } from "vitest";
import { OrganizationMatcher, type MatchableOrganization } from "@/lib/organizations/matching";

const organizations: MatchableOrganization[] = [
  { id: "wut", name: "Wuhan University of Technology", localName: "武汉理工大学", acronym: "WUT", otherNames: [] },
  { id: "ntu", name: "National Taiwan University", localName: "國立臺灣大學", acronym: "NTU", otherNames: [] },
  { id: "lodz", name: "Łódź University of Technology", localName: "Politechnika Łódzka", acronym: null, otherNames: ["TUL"] },
  { id: "gx", name: "Guangxi Zhuang Autonomous Region People's Government", localName: "广西壮族自治区人民政府", acronym: null, otherNames: [] },
];
const matcher = new OrganizationMatcher(organizations);
const exact = (name: string) => matcher.exact(name)?.id ?? null;
const offered = (name: string) => matcher.candidates(name).map((c) => `${c.id} ${c.reason}`);

describe("partner matching", () => {
  it("matches every spelling that folds to the same name, by name, local name, acronym or other name", () => {
    for (const name of [
      "Wuhan University of Technology",
      "Wuhan University of Technology ",
      "Wuhan  University of Technology",
      "WUHAN UNIVERSITY OF TECHNOLOGY",
      "Ｗｕｈａｎ Ｕｎｉｖｅｒｓｉｔｙ ｏｆ Ｔｅｃｈｎｏｌｏｇｙ",
      "Wuhan\u200BUniversity of Technology",
      "Wuhan\u00A0University\u3000of Technology",
      "武汉理工大学",
      "wut",
    ]) {
      expect(exact(name), JSON.stringify(name)).toBe("wut");
    }
    expect(exact("Lodz University of Technology")).toBe("lodz");
    expect(exact("Politechnika Lodzka")).toBe("lodz");
    expect(exact("tul")).toBe("lodz");
    expect(exact("Wuhan Univ. of Technology")).toBeNull();
  });

  it("offers, never matches, an abbreviation written out", () => {
    expect(offered("Wuhan Univ. of Technology")).toEqual(["wut abbreviation"]);
    expect(offered("Wuhan Univ of Tech.")).toEqual(["wut abbreviation"]);
    expect(offered("Natl. Taiwan Univ.")).toEqual(["ntu abbreviation"]);
  });

  it("offers the name without an acronym in brackets, and the acronym alone", () => {
    expect(offered("Wuhan University of Technology (WUT)")).toEqual(["wut acronym"]);
    expect(offered("Wuhan University of Technology（WUT）")).toEqual(["wut acronym"]);
    expect(offered("Some other name (NTU)")).toEqual(["ntu acronym"]);
  });

  it("offers the same Chinese name in the other script", () => {
    expect(offered("武漢理工大學")).toEqual(["wut script"]);
    expect(offered("国立台湾大学")).toEqual(["ntu script"]);
    expect(offered("廣西壯族自治區人民政府")).toEqual(["gx script"]);
  });

  it("offers a spelling a letter or two away, but not for short names", () => {
    expect(offered("Wuhan Universty of Technology")).toEqual(["wut spelling"]);
    expect(offered("Wuhan University of Tecnology")).toEqual(["wut spelling"]);
    expect(offered("WTU")).toEqual([]);
    expect(offered("Peking University")).toEqual([]);
    expect(offered("Wuhan University")).toEqual([]);
    // Numbers and single letters tell institutions apart.
    const paris = new OrganizationMatcher([{ id: "p1", name: "Université Paris 1 Panthéon-Sorbonne", localName: null, acronym: null, otherNames: ["Example University A"] }]);
    expect(paris.candidates("Universite Paris 7 Pantheon-Sorbonne")).toEqual([]);
    expect(paris.candidates("Example University B")).toEqual([]);
    expect(paris.candidates("Universite Paris 1 Pantheon-Sorbone").map((c) => c.reason)).toEqual(["spelling"]);
  });
});

describe("partner matching: more spellings of one partner", () => {
  const more = new OrganizationMatcher([
    ...organizations,
    { id: "lse", name: "The London School of Economics and Political Science", localName: null, acronym: "LSE", otherNames: [] },
    { id: "tamu", name: "Texas A&M University", localName: null, acronym: null, otherNames: [] },
    { id: "kaznu", name: "Al-Farabi Kazakh National University", localName: null, acronym: null, otherNames: [] },
    { id: "cas", name: "Chinese Academy of Sciences", localName: "中国科学院", acronym: "CAS", otherNames: [] },
  ]);
  const offer = (name: string) => {
    expect(more.exact(name), name).toBeNull();
    return more.candidates(name).map((c) => c.id);
  };

  it("offers a name without its leading 'The', and '&' for 'and' inside a word", () => {
    expect(offer("London School of Economics and Political Science")).toEqual(["lse"]);
    expect(offer("London School of Economics & Political Science")).toEqual(["lse"]);
    expect(offer("Texas A and M University")).toEqual(["tamu"]);
    expect(offer("Texas A & M University")).toEqual(["tamu"]);
  });

  it("offers a hyphen written as a space", () => {
    expect(offer("Al Farabi Kazakh National University")).toEqual(["kaznu"]);
  });

  it("offers a name with its acronym in brackets before it, in square brackets, or after a dash", () => {
    for (const name of ["(WUT) Wuhan University of Technology", "Wuhan University of Technology [WUT]", "Wuhan University of Technology – WUT", "Wuhan University of Technology（WUT）"]) {
      expect(offer(name), name).toEqual(["wut"]);
    }
  });

  it("offers a name followed by its city or country after a comma", () => {
    expect(offer("Wuhan University of Technology, Wuhan, China")).toEqual(["wut"]);
    expect(offer("London School of Economics, UK")).toEqual([]);
    expect(offer("Chinese Academy of Sciences, Beijing")).toEqual(["cas"]);
  });

  it("matches an apostrophe typed with another key exactly", () => {
    const kings = new OrganizationMatcher([{ id: "kcl", name: "King's College Example", localName: null, acronym: null, otherNames: [] }]);
    expect(kings.exact("King’s College Example")?.id).toBe("kcl");
  });

  it("offers a Chinese name typed with spaces between its characters", () => {
    expect(offer("中 国 科 学 院")).toEqual(["cas"]);
    expect(offer("武汉 理工大学")).toEqual(["wut"]);
  });
});

describe("partner matching: reworded names and legal forms", () => {
  const more = new OrganizationMatcher([
    { id: "liuzhou", name: "People's Government of Liuzhou", localName: "柳州市人民政府", acronym: null, otherNames: [] },
    { id: "gac", name: "Guangxi Automobile Group", localName: "广西汽车集团有限公司", acronym: null, otherNames: [] },
    { id: "acme", name: "Acme Robotics Co., Ltd.", localName: null, acronym: null, otherNames: [] },
    { id: "tum", name: "Technical University of Munich", localName: "Technische Universität München", acronym: "TUM", otherNames: [] },
  ]);
  const offeredHere = (name: string) => more.candidates(name).map((c) => `${c.id} ${c.reason}`);

  it("offers the same words in another order, never matching them silently", () => {
    expect(more.exact("Liuzhou People's Government")).toBeNull();
    expect(offeredHere("Liuzhou People's Government")).toContain("liuzhou wordOrder");
    expect(offeredHere("Munich Technical University")).toContain("tum wordOrder");
    expect(offeredHere("Universität München Technische")).toContain("tum wordOrder");
  });

  it("offers a company's name with or without its legal form, in Chinese and in English", () => {
    expect(more.exact("广西汽车集团")).toBeNull();
    expect(offeredHere("广西汽车集团")).toContain("gac legalForm");
    expect(offeredHere("广西汽车有限公司")).toContain("gac legalForm");
    expect(offeredHere("Acme Robotics")).toContain("acme legalForm");
    expect(offeredHere("Acme Robotics Limited")).toContain("acme legalForm");
  });

  it("does not offer names that only share some words", () => {
    expect(offeredHere("People's Government of Nanning")).toEqual([]);
    expect(offeredHere("Technical University of Berlin")).toEqual([]);
    expect(offeredHere("广西钢铁集团")).toEqual([]);
  });
});
