// The list's search, as people type it: every word, in any order, anywhere in the
// agreement's title, reference, partners' names (any script, other names) and people's
// names, each word folded by the one text rule. One table of queries and the agreements
// each must find (exactly: what it must not find is everything else), run on SQLite and
// on PostgreSQL; then the rebuild of documents stored by an older rule.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { listAgreements } from "@/lib/agreements/queries";
import { parseListParams } from "@/lib/agreements/list-params";
import { SEARCH_RULE_VERSION, refreshSearchDocuments, searchWords } from "@/lib/agreements/search-document";
import { seedArticle } from "@/prisma/seed/article-seed";
import { seedDemoPortfolio } from "@/prisma/seed/demo-portfolio";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser, signSeededRenewal } from "../support/factories";

/** The field case: partners whose names hold letters that Unicode decomposition leaves whole. */
const LETTERS_FILE = "tests/fixtures/search-letters.csv";

/** Agreements of our own, named by key: other such letters, other spaces, dashes and widths, Chinese titles. */
const OWN_CASES = {
  thorn: { title: "Search test þ ð", partner: "Þjóðminjasafn Háskóli", country: "Iceland" },
  dotlessI: { title: "Search test ı", partner: "Işık Üniversitesi", country: "Türkiye" },
  stroke: { title: "Search test đ", partner: "Sveučilište Đure Đakovića", country: "Croatia" },
  ligature: { title: "Search test œ", partner: "Institut d’Œnologie de Bordeaux", country: "France" },
  fullWidth: { title: "ＸＹＺ　Ｒｏｂｏｔｉｃｓ Consortium", partner: "Kansai Example Institute", country: "Japan" },
  dashes: { title: "Sino‑German Centre for Mobility", partner: "Hochschule Mittelstadt", country: "Germany" },
  noBreak: { title: "Search test no-break spaces", partner: "Université\u00A0Paris\u00A0Exemple", country: "France" },
  chinese: { title: "广西汽车研究院合作框架协议", partner: null, country: null },
  wildcards: { title: "Search test lab_net 100%green back\\slash", partner: "Hochschule Nordstadt", country: "Germany" },
  apostrophe: { title: "Search test apostrophe", partner: "King’s College Exemple", country: "United Kingdom" },
  vietnamese: { title: "Search test ơ ư", partner: "Trường Đại học Bách khoa Ví dụ", country: "Viet Nam" },
  greek: { title: "Search test Greek", partner: "Πανεπιστήμιο Παραδείγματος Αθηνών", country: "Greece" },
  cyrillic: { title: "Search test Cyrillic", partner: "Примерный государственный университет имени Ёлкина", country: "Russia" },
  middleDot: { title: "约翰·霍普金斯示例合作备忘录", partner: "Scientiﬁc Institute Ⓔxample", country: "United States" },
  turkish: { title: "Search test İ", partner: "İzmir Örnek Enstitüsü", country: "Türkiye" },
  traditional: { title: "學術交流協議", partner: "國立臺灣示例大學", country: "Taiwan" },
} as const;
type Key = keyof typeof OWN_CASES | "lodz" | "kobenhavn" | "strasse";

/**
 * Query → the agreements it must find, exactly. Seeded ones by reference (see
 * prisma/seed/wut-guangxi-2020.ts: AG-2010-0001 and AG-2020-0001 are the framework
 * agreements with the Guangxi government; AG-2020-0004 the Guangxi Automobile Research
 * Institute framework agreement, with Nanning and Liuzhou), ours by key.
 */
const TABLE: [query: string, found: (string | Key)[]][] = [
  // All words, in any order, across fields (title + partner's other names).
  ["framework Guangxi", ["AG-2010-0001", "AG-2020-0001", "AG-2020-0004"]],
  ["Guangxi framework", ["AG-2010-0001", "AG-2020-0001", "AG-2020-0004"]],
  ["Guangxi, framework.", ["AG-2010-0001", "AG-2020-0001", "AG-2020-0004"]],
  ["Guangxi government", ["AG-2010-0001", "AG-2020-0001", "AG-2020-0004", "chinese"]], // ours: its partner is that government
  ["framework Liuzhou", ["AG-2020-0004"]],
  ["comprehensive Guangxi", []], // each word is somewhere in the register, never both in one agreement
  ["Qingjie Zhang", ["AG-2020-0001"]], // a person, names in either order
  ["AG-2020-0004", ["AG-2020-0004"]],
  ["(GLISG)", ["AG-2020-0005"]],
  // Chinese: words inside words, short words exact (trigram indexes would not serve them).
  ["框架", ["chinese"]],
  ["广西 框架", ["chinese"]],
  ["广西框架", ["chinese"]], // typed without a space: split into words
  ["框架广西", ["chinese"]],
  ["广西壮族自治区人民政府", ["AG-2010-0001", "AG-2020-0001", "chinese"]],
  ["广西政府", ["AG-2010-0001", "AG-2020-0001", "chinese"]], // 广西 … 政府 in the government's Chinese name
  ["汽车框架", ["chinese"]],
  ["框架 广西", ["chinese"]],
  ["广西", ["AG-2010-0001", "AG-2020-0001", "AG-2020-0005", "AG-2020-0007", "chinese"]],
  ["柳", ["AG-2020-0003", "AG-2020-0004", "AG-2020-0005"]],
  ["张清杰", ["AG-2020-0001"]],
  // The README's examples on the demo data.
  ["柳州 钢铁", ["AG-2020-0005"]],
  ["柳州钢铁", ["AG-2020-0005"]],
  ["钢铁", ["AG-2020-0005"]],
  ["武汉理工 广西", ["AG-2010-0001", "AG-2020-0001", "AG-2020-0005", "AG-2020-0007", "chinese"]], // our institution is a party of every agreement
  // The field case, typed without the letters and with them.
  ["lodz", ["lodz"]],
  ["Łódź", ["lodz"]],
  ["politechnika LODZKA", ["lodz"]],
  ["kobenhavns", ["kobenhavn"]],
  ["KØBENHAVNS eksempel", ["kobenhavn"]],
  ["beispielstrasse", ["strasse"]],
  ["Beispielstraße", ["strasse"]],
  ["strasse hochschule", ["strasse"]],
  ["lodzka kobenhavns", []],
  // Other letters of the kind.
  ["thjodminjasafn", ["thorn"]],
  ["Þjóðminjasafn", ["thorn"]],
  ["isik universitesi", ["dotlessI"]],
  ["IŞIK", ["dotlessI"]],
  ["dure dakovica", ["stroke"]],
  ["oenologie", ["ligature"]],
  ["Œnologie", ["ligature"]],
  ["king's college", ["apostrophe"]],
  ["KING’S exemple", ["apostrophe"]],
  ["truong dai hoc bach khoa", ["vietnamese"]],
  ["TRƯỜNG ví dụ", ["vietnamese"]],
  ["πανεπιστημιο αθηνων", ["greek"]],
  ["ΠΑΝΕΠΙΣΤΉΜΙΟ ΠΑΡΑΔΕΊΓΜΑΤΟΣ", ["greek"]],
  ["παραδειγματος", ["greek"]],
  ["елкина университет", ["cyrillic"]],
  ["ЁЛКИНА", ["cyrillic"]],
  ["约翰•霍普金斯", ["middleDot"]],
  ["scientific example", ["middleDot"]],
  ["izmir ornek", ["turkish"]],
  // Traditional and simplified Chinese find each other (OpenCC), in the document and in the query.
  ["台湾示例", ["traditional"]],
  ["臺灣示例", ["traditional"]],
  ["学术交流", ["traditional"]],
  ["廣西 框架", ["chinese"]],
  ["İZMİR", ["turkish"]],
  // Widths, dashes and spaces, in the document and in the query.
  ["xyz robotics", ["fullWidth"]],
  ["ｒｏｂｏｔｉｃｓ　ｘｙｚ", ["fullWidth"]],
  ["sino-german", ["dashes"]],
  ["Sino–German centre", ["dashes"]],
  ["sino—german", ["dashes"]],
  ["paris\u00A0exemple", ["noBreak"]],
  ["exemple\u3000universite", ["noBreak"]],
  ["université paris\u200Bexemple", ["noBreak"]],
  // LIKE's wildcards and escape are letters like any other, on both databases.
  ["lab_net", ["wildcards"]],
  ["100%green", ["wildcards"]],
  ["back\\slash", ["wildcards"]],
  ["g_angxi", []],
  ["gu%xi", []],
  ["lab%net", []],
  ["back\\s", ["wildcards"]],
];

describe.each(PROVIDERS)("search on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  const references = new Map<string, string>();
  const found = async (q: string) =>
    (await listAgreements(parseListParams({ q }), { database: t.db, pageSize: 1000 })).rows.map((r) => r.reference).sort();

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    await signSeededRenewal(t.db);
    editor = await createUser(t.db, "EDITOR");
    const create = async (key: string, title: string, parties: unknown[], signedOn = "2024-03-15") =>
      references.set(key, (await createTestAgreement(t.db, editor, { title, parties, signatories: [], signedOn })).reference);

    const letters: Record<string, string>[] = parse(fs.readFileSync(LETTERS_FILE), { columns: true, bom: true });
    const keyOf: Record<string, Key> = { "Search test Ł": "lodz", "Search test ø": "kobenhavn", "Search test ß": "strasse" };
    expect(letters.map((row) => row.Title).sort()).toEqual(Object.keys(keyOf).sort());
    for (const row of letters) {
      await create(keyOf[row.Title], row.Title, [{ newOrganization: { name: row.Partners, kind: "UNIVERSITY", country: row["Partner countries"] } }], row["Signed on"]);
    }
    const guangxi = await t.db.organization.findFirstOrThrow({ where: { localName: "广西壮族自治区人民政府" } });
    for (const [key, c] of Object.entries(OWN_CASES)) {
      const party = c.partner ? { newOrganization: { name: c.partner, kind: "UNIVERSITY", country: c.country } } : { organizationId: guangxi.id };
      await create(key, c.title, [party]);
    }
  });
  afterAll(async () => t?.drop());

  it.each(TABLE)("%j finds exactly %j", async (query, keys) => {
    const expected = keys.map((k) => references.get(k) ?? k).sort();
    expect(await found(query)).toEqual(expected);
  });

  it("treats a query of spaces and punctuation alone as no search", async () => {
    const all = await t.db.agreement.count({ where: { archived: false } });
    expect((await found(" \u00A0 , ")).length).toBe(all);
  });

  it("rebuilds, once, every document an older rule built, when the database is prepared on start", async () => {
    // As an upgrade leaves it: the documents of the previous rule (NFKD, "łódź" kept whole), marked 0 by the migration.
    await t.db.$executeRaw`UPDATE "Agreement" SET "searchRule" = 0`;
    const stored = await t.db.agreement.findMany({ select: { id: true, searchText: true } });
    for (const { id, searchText } of stored) {
      const old = (searchText ?? "").replace("lodz", "łodz").replace("kobenhavns", "københavns").replace("strasse", "straße");
      await t.db.$executeRaw`UPDATE "Agreement" SET "searchText" = ${old} WHERE "id" = ${id}`;
    }
    expect(await found("lodz")).toEqual([]);

    const prepare = () =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts", "--no-seed"], { env: { ...process.env, DATABASE_URL: t.url }, encoding: "utf8" });
    const first = prepare();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Built the search documents of ${stored.length} agreement(s).`);
    expect(await found("lodz")).toEqual([references.get("lodz")]);
    expect(await found("beispielstrasse")).toEqual([references.get("strasse")]);
    expect(await t.db.agreement.count({ where: { searchRule: { not: SEARCH_RULE_VERSION } } })).toBe(0);

    const second = prepare();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).not.toContain("Built the search documents");
    expect(await t.db.$transaction((tx) => refreshSearchDocuments(tx, { outdated: true }))).toBe(0);
  });
});

describe("the demo portfolio's search documents", () => {
  it("are built by the current rule, so that starting on it rebuilds none", async () => {
    const t = await createTestDatabase("sqlite");
    try {
      await seedDemoPortfolio(t.db, 60, 3);
      expect(await t.db.agreement.count({ where: { searchRule: SEARCH_RULE_VERSION } })).toBe(69);
      expect(await t.db.$transaction((tx) => refreshSearchDocuments(tx, { outdated: true }))).toBe(0);
    } finally {
      await t.drop();
    }
  });
});

describe("searchWords", () => {
  it("folds, splits on every kind of space, drops punctuation around words, keeps it inside", () => {
    expect(searchWords("  Univ.  of\u00A0Łódź (WUT),  AG-2020-0004 ")).toEqual(["ag-2020-0004", "univ", "lodz", "wut", "of"]);
    expect(searchWords("广西　框架")).toEqual(["广西", "框架"]);
    expect(searchWords("广西框架协议")).toEqual(["广西", "框架", "协议"]);
    expect(searchWords("wut大学")).toEqual(["wut", "大学"]);
    expect(searchWords("张清杰")).toEqual(["张清杰"]); // single characters would match anywhere: kept whole
    expect(searchWords("Guangxi guangxi GUANGXI")).toEqual(["guangxi"]);
    expect(searchWords(" , ; ")).toEqual([]);
  });
});
