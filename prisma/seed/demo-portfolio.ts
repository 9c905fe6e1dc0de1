// A synthetic but realistic portfolio for demos and benchmarks: thousands of partners in
// many countries with local-language names, people, agreements over twenty years with
// partial dates, every status, and renewal chains up to five deep. Deterministic: the same
// count gives the same data. The news release's records are left exactly as they are.
import { randomUUID } from "node:crypto";
import type { Database } from "../../lib/prisma-client";
import { dateColumns, ownInstitution } from "../../lib/agreements/service";
import { advanceReferenceCounters, formatReference } from "../../lib/agreements/reference";
import { searchDocument, searchSourceSelect, type SearchSourceOrganization } from "../../lib/agreements/search-document";
import { insertAgreements, type NewAgreement } from "../../lib/agreements/write";
import { partialDate, type PartialDate } from "../../lib/dates/partial-date";
import { seedArticle } from "./article-seed";

/** A small, fast, seedable random number generator (mulberry32). */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

const COUNTRIES = [
  { country: "CN", cities: ["Beijing", "Shanghai", "Guangzhou", "Chengdu", "Xi'an", "Nanjing", "Hangzhou", "Nanning"], local: ["北京", "上海", "广州", "成都", "西安", "南京", "杭州", "南宁"], university: "大学", company: "集团有限公司", government: "市人民政府" },
  { country: "JP", cities: ["Tokyo", "Osaka", "Kyoto", "Nagoya", "Sendai"], local: ["東京", "大阪", "京都", "名古屋", "仙台"], university: "大学", company: "株式会社", government: "市役所" },
  { country: "KR", cities: ["Seoul", "Busan", "Daejeon", "Incheon"], local: ["서울", "부산", "대전", "인천"], university: "대학교", company: "주식회사", government: "시청" },
  { country: "DE", cities: ["Aachen", "Munich", "Berlin", "Dresden", "Stuttgart"], local: ["Aachen", "München", "Berlin", "Dresden", "Stuttgart"], university: "Universität", company: "GmbH", government: "Stadtverwaltung" },
  { country: "FR", cities: ["Lyon", "Toulouse", "Grenoble", "Paris"], local: ["Lyon", "Toulouse", "Grenoble", "Paris"], university: "Université", company: "SA", government: "Mairie" },
  { country: "RU", cities: ["Moscow", "Kazan", "Tomsk", "Novosibirsk"], local: ["Москва", "Казань", "Томск", "Новосибирск"], university: "университет", company: "АО", government: "мэрия" },
  { country: "TH", cities: ["Bangkok", "Chiang Mai", "Khon Kaen"], local: ["กรุงเทพ", "เชียงใหม่", "ขอนแก่น"], university: "มหาวิทยาลัย", company: "บริษัท", government: "เทศบาล" },
  { country: "MY", cities: ["Kuala Lumpur", "Penang", "Johor Bahru"], local: ["Kuala Lumpur", "Pulau Pinang", "Johor Bahru"], university: "Universiti", company: "Berhad", government: "Majlis Bandaraya" },
  { country: "GB", cities: ["Manchester", "Leeds", "Glasgow", "Bristol"], local: [], university: "University", company: "Ltd", government: "City Council" },
  { country: "US", cities: ["Houston", "Pittsburgh", "Detroit", "Seattle"], local: [], university: "University", company: "Inc.", government: "City Government" },
  { country: "BR", cities: ["São Paulo", "Campinas", "Curitiba"], local: ["São Paulo", "Campinas", "Curitiba"], university: "Universidade", company: "S.A.", government: "Prefeitura" },
  { country: "KE", cities: ["Nairobi", "Mombasa"], local: [], university: "University", company: "Ltd", government: "County Government" },
] as const;

const SUBJECTS = ["Technology", "Science", "Engineering", "Maritime", "Materials", "Automotive", "Transport", "Medical", "Agricultural", "Polytechnic"];
const INDUSTRIES = ["Steel", "Shipbuilding", "Automotive", "Cement", "Glass", "Logistics", "Rail", "Energy", "Chemicals"];
const TITLES = [
  "Memorandum of Understanding",
  "Student Exchange Agreement",
  "Framework Agreement on Cooperation",
  "Joint Research Agreement",
  "Strategic Cooperation Agreement",
  "Joint Laboratory Agreement",
  "Dual Degree Agreement",
  "Industry Cooperation Agreement",
  "Visiting Scholar Agreement",
];
const POSITIONS = ["President", "Vice President", "Rector", "Dean", "Director", "Secretary General", "Chairman", "Vice Mayor", "Head of International Office"];
const FAMILY = ["Wang", "Li", "Zhang", "Liu", "Chen", "Tanaka", "Kim", "Müller", "Martin", "Ivanov", "Suzuki", "Park", "Smith", "Silva", "Otieno"];
const GIVEN = ["Wei", "Fang", "Jun", "Hiroshi", "Min-jun", "Anna", "Lucas", "Olga", "Somchai", "Aisha", "James", "Maria", "Peter", "Yuki"];

export const DEMO_MARKER = "demo.portfolio-seeded";
const BATCH = 500;

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function seedDemoPortfolio(db: Database, agreementCount: number, seed = 2020): Promise<{ created: boolean; agreements: number; organizations: number; people: number }> {
  await seedArticle(db);
  if (await db.auditEvent.findFirst({ where: { action: DEMO_MARKER }, select: { id: true } })) return { created: false, agreements: 0, organizations: 0, people: 0 };

  const rnd = random(seed);
  const own = await db.$transaction((tx) => ownInstitution(tx));
  const types = await db.agreementType.findMany({ select: { id: true } });
  const focusAreas = await db.focusArea.findMany({ select: { id: true } });
  const units = await db.organization.findMany({ where: { parentId: own.id }, select: { id: true } });
  const users = await db.user.findMany({ where: { role: { in: ["EDITOR", "ADMIN"] } }, select: { id: true } });

  // Partners: about one for every fifteen agreements, in many countries.
  const organizationCount = Math.max(20, Math.round(agreementCount / 15));
  const organizations = Array.from({ length: organizationCount }, (_, i) => {
    const place = rnd.pick(COUNTRIES);
    const cityIndex = rnd.int(0, place.cities.length - 1);
    const city = place.cities[cityIndex];
    const kind = rnd.pick(["UNIVERSITY", "UNIVERSITY", "UNIVERSITY", "COMPANY", "COMPANY", "GOVERNMENT", "RESEARCH_INSTITUTE"] as const);
    const subject = rnd.pick(SUBJECTS);
    const industry = rnd.pick(INDUSTRIES);
    const name =
      kind === "UNIVERSITY" ? `${city} University of ${subject} ${i + 1}` : kind === "COMPANY" ? `${city} ${industry} Group ${i + 1}` : kind === "GOVERNMENT" ? `${city} City Government ${i + 1}` : `${city} Institute of ${subject} ${i + 1}`;
    const localCity = place.local[cityIndex];
    const localName = localCity
      ? kind === "UNIVERSITY" ? `${localCity}${subject.slice(0, 2)}${place.university}${i + 1}` : kind === "COMPANY" ? `${localCity}${industry.slice(0, 2)}${place.company}${i + 1}` : `${localCity}${place.government}${i + 1}`
      : null;
    return { id: randomUUID(), name, localName, kind, country: place.country, city, region: null as string | null };
  });

  const people = organizations.flatMap((o) =>
    Array.from({ length: rnd.int(0, 3) }, () => ({
      id: randomUUID(),
      name: rnd.chance(0.9) ? `${rnd.pick(GIVEN)} ${rnd.pick(FAMILY)}` : null,
      position: rnd.pick(POSITIONS),
      organizationId: o.id,
    })),
  );
  const peopleOf = new Map<string, string[]>();
  for (const p of people) peopleOf.set(p.organizationId, [...(peopleOf.get(p.organizationId) ?? []), p.id]);

  // Agreements over twenty years; a quarter continue an earlier one with the same partner (chains up to five).
  const now = new Date();
  const sequence = new Map<number, number>();
  for (const counter of await db.referenceCounter.findMany()) sequence.set(counter.year, counter.last);
  const highestSeeded = await db.agreement.findMany({ select: { reference: true } });
  for (const { reference } of highestSeeded) {
    const [, year, seq] = /^AG-(\d{4})-(\d+)$/.exec(reference) ?? [];
    if (year) sequence.set(Number(year), Math.max(sequence.get(Number(year)) ?? 0, Number(seq)));
  }
  const chainOf = new Map<string, { id: string; depth: number; end: PartialDate; partnerId: string }>();
  const agreements: (NewAgreement & { id: string })[] = [];
  const renewedIds = new Set<string>();

  for (let i = 0; i < agreementCount; i++) {
    const partner = rnd.pick(organizations);
    const previous = chainOf.get(partner.id);
    const renews = previous && previous.depth < 5 && !renewedIds.has(previous.id) && rnd.chance(0.5) ? previous : undefined;
    const year = renews ? Math.min(2026, renews.end.date.getUTCFullYear()) : rnd.int(2006, 2026);
    const precision = rnd.next();
    const signed = precision < 0.1 ? partialDate(year) : precision < 0.25 ? partialDate(year, rnd.int(1, 12)) : partialDate(year, rnd.int(1, 12), rnd.int(1, 28));
    const termMonths = rnd.pick([12, 24, 36, 48, 60, 60, 60, 120]);
    const noticePeriodDays = rnd.chance(0.6) ? rnd.pick([30, 60, 90, 180]) : null;
    const dates = dateColumns({ signedOn: signed, effectiveFrom: null, expiresOn: null, termMonths, noticePeriodDays });
    const ended = dates.endsOn !== null && dates.endsOn < now;
    const status = signed.date > now
      ? "AWAITING_SIGNATURE"
      : rnd.chance(0.03) ? rnd.pick(["DRAFT", "NEGOTIATING", "WITHDRAWN", "TERMINATED"] as const) : ended && rnd.chance(0.6) ? "EXPIRED" : "ACTIVE";
    const seq = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, seq);
    const id = randomUUID();
    // Drawn in the same order as ever, so that a seed number keeps giving the same portfolio.
    const columns = {
      title: `${rnd.pick(TITLES)} with ${partner.name}`,
      typeId: rnd.chance(0.9) ? rnd.pick(types).id : null,
      termMonths,
      noticePeriodDays,
      automaticRenewal: rnd.chance(0.15),
      ownerId: users.length && rnd.chance(0.7) ? rnd.pick(users).id : null,
      leadUnitId: units.length && rnd.chance(0.6) ? rnd.pick(units).id : null,
      ...dates,
    };
    const archived = rnd.chance(0.01);
    const otherParty = rnd.chance(0.15) ? rnd.pick(organizations) : undefined;
    const signers = peopleOf.get(partner.id) ?? [];
    const signatory = signers.length ? rnd.pick(signers) : undefined;
    agreements.push({
      id,
      reference: formatReference(year, seq),
      status,
      renewalOfId: renews?.id ?? null,
      archived,
      columns,
      parties: [
        { organizationId: partner.id, role: "PARTNER" },
        ...(otherParty && otherParty.id !== partner.id ? [{ organizationId: otherParty.id, role: "CO_SIGNING_BODY" as const }] : []),
      ],
      signatories: signatory ? [{ personId: signatory, onBehalfOfId: partner.id }] : [],
      focusAreaIds: Array.from({ length: rnd.int(0, 3) }, () => rnd.pick(focusAreas).id),
      origin: { key: "generatedForDemo", values: {} },
    });
    if (renews) renewedIds.add(renews.id);
    chainOf.set(partner.id, { id, depth: (renews?.depth ?? 0) + 1, end: { date: dates.expiresOn ?? signed.date, precision: dates.expiresOnPrecision ?? "YEAR" }, partnerId: partner.id });
  }
  // A renewed agreement shows as RENEWED once its successor runs.
  const successorStatus = new Map(agreements.filter((a) => a.renewalOfId).map((a) => [a.renewalOfId as string, a.status]));
  for (const a of agreements) if (successorStatus.get(a.id) === "ACTIVE" || successorStatus.get(a.id) === "EXPIRED") a.status = "RENEWED";

  // Search documents by the same rule the services use, built here from what is in memory.
  const ownNames = await db.organization.findUniqueOrThrow({ where: { id: own.id }, select: searchSourceSelect.parties.select.organization.select });
  const organizationById = new Map<string, SearchSourceOrganization>([[own.id, ownNames]]);
  for (const o of organizations) organizationById.set(o.id, { ...o, acronym: null, otherNames: [] });
  const personById = new Map<string, { name: string | null; localName: null }>(people.map((p) => [p.id, { name: p.name, localName: null }]));
  for (const a of agreements) {
    a.searchDocument = searchDocument({
      title: a.columns.title ?? null,
      reference: a.reference,
      otherNames: [],
      parties: [{ organizationId: own.id, role: "OUR_INSTITUTION" as const }, ...a.parties].map((p) => ({ role: p.role, organization: organizationById.get(p.organizationId)! })),
      participants: a.signatories.map((s) => ({ person: personById.get(s.personId)! })),
    });
  }

  await insertInBatches(organizations, (batch) => db.organization.createMany({ data: batch }));
  await insertInBatches(people, (batch) => db.person.createMany({ data: batch }));
  // One summary event below records the portfolio, instead of an audit row per generated agreement.
  await insertAgreements(db, agreements, { ownInstitutionId: own.id, actorId: null, audit: { kind: "none" } });
  await advanceReferenceCounters(db, agreements.map((a) => a.reference));
  // Fresh statistics, so that the query planner knows the tables are no longer empty.
  await db.$executeRawUnsafe("ANALYZE");
  await db.auditEvent.create({
    data: { action: DEMO_MARKER, entityType: "Register", entityId: "demo", changes: JSON.stringify({ agreements: { before: null, after: agreementCount }, seed: { before: null, after: seed } }) },
  });
  return { created: true, agreements: agreementCount, organizations: organizations.length, people: people.length };
}
