// The agreements list's search and filters on real SQLite and PostgreSQL databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { parseListParams } from "@/lib/agreements/list-params";
import { agreementListOrder, agreementListWhere } from "@/lib/agreements/list-where";
import { seedArticle } from "@/prisma/seed/article-seed";
import type { Database } from "@/lib/prisma-client";
import { PROVIDERS, createTestDatabase, type Provider, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser, signSeededRenewal } from "../support/factories";

const isoDaysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(PROVIDERS)("the agreements list on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  const refs: Record<string, string> = {};
  const find = async (params: Record<string, string>) =>
    (
      await t.db.agreement.findMany({
        where: agreementListWhere(parseListParams(params)),
        orderBy: agreementListOrder(undefined, undefined, provider),
        select: { reference: true },
      })
    ).map((a) => a.reference);

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    await signSeededRenewal(t.db);
    editor = await createUser(t.db, "EDITOR");
    // Ended two months ago but never marked: shows as expired.
    refs.lapsed = (await createTestAgreement(t.db, editor, { status: "ACTIVE", signedOn: "2020-01-01", expiresOn: isoDaysFromNow(-60) })).reference;
    // Ends in 60 days, notice of 30 days: the deadline is in 30 days.
    refs.ending = (await createTestAgreement(t.db, editor, { status: "ACTIVE", signedOn: "2021-05", expiresOn: isoDaysFromNow(60), noticePeriodDays: 30 })).reference;
    refs.archived = (await createTestAgreement(t.db, editor, { signedOn: "2022" })).reference;
    await t.db.agreement.update({ where: { reference: refs.archived }, data: { archived: true } });
  });
  afterAll(async () => t?.drop());

  it("searches partner names in English and Chinese, acronyms, people and references, ignoring case", async () => {
    expect(await find({ q: "柳州" })).toEqual(expect.arrayContaining(["AG-2020-0003", "AG-2020-0004", "AG-2020-0005"]));
    expect(await find({ q: "柳州" })).not.toContain("AG-2020-0002");
    expect(await find({ q: "sgmw" })).toEqual(["AG-2020-0008"]);
    expect(await find({ q: "zhang qingjie" })).toEqual(["AG-2020-0001"]);
    expect(await find({ q: "ag-2010" })).toEqual(["AG-2010-0001"]);
    expect(await find({ q: "Guangxi Zhuang Autonomous Region" })).toEqual(["AG-2020-0001", "AG-2010-0001"]);
  });

  it("puts agreements without a signing date last, newest or oldest first", async () => {
    const undated = (await createTestAgreement(t.db, editor, { title: "Undated memorandum", signedOn: "" })).reference;
    const ordered = async (dir?: "asc" | "desc") =>
      (
        await t.db.agreement.findMany({ where: { archived: false }, orderBy: agreementListOrder("signed", dir, provider), select: { reference: true, signedOn: true } })
      ).map((a) => ({ reference: a.reference, time: a.signedOn?.getTime() ?? null }));
    for (const dir of [undefined, "asc", "desc"] as const) {
      const rows = await ordered(dir);
      expect(rows.at(-1)?.reference, `dir ${dir}`).toBe(undated);
      const times = rows.filter((r) => r.time !== null).map((r) => r.time!);
      expect(times).toEqual([...times].sort((a, b) => (dir === "asc" ? a - b : b - a)));
    }
  });

  it("shows an active agreement past its end as expired, not active", async () => {
    expect(await find({ status: "EXPIRED" })).toEqual([refs.lapsed]);
    expect(await find({ status: "ACTIVE" })).not.toContain(refs.lapsed);
    expect(await find({ status: "ACTIVE" })).toContain(refs.ending);
  });

  it("finds what ends, and whose notice deadline falls, within a window", async () => {
    expect(await find({ expiringWithin: "90" })).toEqual([refs.ending]);
    expect(await find({ expiringWithin: "30" })).toEqual([]);
    expect(await find({ noticeWithin: "30" })).toEqual([refs.ending]);
    expect(await find({ noticeWithin: "29" })).toEqual([]);
  });

  it("combines a partner with a status, and a signed-date range at any precision", async () => {
    const liuzhou = await t.db.organization.findFirstOrThrow({ where: { localName: "柳州市人民政府" } });
    expect(await find({ partner: liuzhou.id, status: "ACTIVE" })).toEqual(["AG-2020-0003", "AG-2020-0004"]);
    expect(await find({ partner: liuzhou.id, status: "RENEWED" })).toEqual([]);
    expect(await find({ signedFrom: "2010", signedTo: "2010" })).toEqual(["AG-2010-0001"]);
    expect(await find({ signedFrom: "2021-05", signedTo: "2021-05-31" })).toEqual([refs.ending]);
    expect(await find({ partnerKind: "COMPANY" })).toHaveLength(4);
  });

  it("hides archived agreements unless asked", async () => {
    expect(await find({})).not.toContain(refs.archived);
    expect(await find({ archived: "include" })).toContain(refs.archived);
    expect(await find({ archived: "only" })).toEqual([refs.archived]);
  });

  it("ignores malformed parameters instead of failing", async () => {
    const all = await find({});
    expect(await find({ status: "NONSENSE", expiringWithin: "-4", signedFrom: "yesterday", page: "x" })).toEqual(all);
  });
});

/**
 * The article's register on a new database, and a second client on it that records the statements it
 * sends (one server process reading, while `t.db` may write as another).
 */
async function withCountedClient(
  provider: Provider,
  work: (context: { t: TestDatabase; counted: Database; selects(): number; counts(): number; forget(): void }) => Promise<void>,
) {
  const { createPrismaClient } = await import("@/lib/prisma-client");
  const t = await createTestDatabase(provider);
  const statements: string[] = [];
  const counted = createPrismaClient(t.url, { onQuery: (sql) => statements.push(sql) });
  try {
    await seedArticle(t.db);
    await work({
      t,
      counted,
      selects: () => statements.filter((s) => /^\s*SELECT/i.test(s)).length,
      counts: () => statements.filter((s) => /\bCOUNT\(/i.test(s)).length,
      forget: () => void (statements.length = 0),
    });
  } finally {
    await counted.$disconnect();
    await t.drop();
  }
}

describe.each(PROVIDERS)("the agreements list's queries on %s", (provider) => {
  it("sends the same small number of statements whatever the page size (no N+1)", () =>
    withCountedClient(provider, async ({ counted, selects, forget }) => {
      const { listAgreements } = await import("@/lib/agreements/queries");
      const countFor = async (pageSize: number) => {
        forget();
        const list = await listAgreements({ q: "Guangxi" }, { pageSize, database: counted });
        return { rows: list.rows.length, statements: selects() };
      };
      const one = await countFor(1);
      const all = await countFor(25);
      expect(one.rows).toBe(1);
      expect(all.rows).toBeGreaterThan(5);
      expect(one.statements).toBeGreaterThanOrEqual(2);
      expect(all.statements).toBe(one.statements);
      // The page, its parties with their organisations, the type, and the total.
      expect(all.statements).toBeLessThanOrEqual(5);
    }));

  it("counts matches only up to its bound, and still pages on past it", () =>
    withCountedClient(provider, async ({ counted }) => {
      const { listAgreements } = await import("@/lib/agreements/queries");
      const { LIST_COUNT_BOUND } = await import("@/lib/agreements/list-params");
      expect(LIST_COUNT_BOUND).toBe(1000);
      const everything = await listAgreements({}, { pageSize: 3, database: counted });
      expect(everything.totalIsExact).toBe(true);
      expect(everything.total).toBeGreaterThan(8);
      // With a bound below the matches: "more than 5", no last page, but the next page is there.
      const bounded = await listAgreements({}, { pageSize: 3, database: counted, countBound: 5 });
      expect(bounded).toMatchObject({ total: 5, totalIsExact: false, pageCount: null, hasNextPage: true });
      expect(bounded.rows.map((r) => r.reference)).toEqual(everything.rows.map((r) => r.reference));
      // Past the bound, the pages go on until the rows end, and the last one says so.
      const lastPage = Math.ceil(everything.total / 3);
      const last = await listAgreements({ page: lastPage }, { pageSize: 3, database: counted, countBound: 5 });
      expect(last.rows.length).toBe(everything.total - 3 * (lastPage - 1));
      expect(last).toMatchObject({ totalIsExact: false, hasNextPage: false });
      expect((await listAgreements({ page: 2 }, { pageSize: 3, database: counted, countBound: 5 })).hasNextPage).toBe(true);
      // A bound at or above the matches counts them exactly.
      const exact = await listAgreements({}, { pageSize: 3, database: counted, countBound: everything.total });
      expect(exact).toMatchObject({ total: everything.total, totalIsExact: true, pageCount: lastPage, hasNextPage: true });
    }));

  it("sends no count for a page whose rows themselves reach past the bound, and counts for one that cannot tell", () =>
    withCountedClient(provider, async ({ counted, counts, forget }) => {
      const { listAgreements } = await import("@/lib/agreements/queries");
      const everything = await listAgreements({}, { pageSize: 3, database: counted });
      expect(everything.total).toBeGreaterThan(8);
      // Page 2 of three rows, and the row after it, reach the 7th match: more than a bound of 5, uncounted.
      forget();
      const deep = await listAgreements({ page: 2 }, { pageSize: 3, database: counted, countBound: 5 });
      expect(deep).toMatchObject({ total: 5, totalIsExact: false, pageCount: null, hasNextPage: true });
      expect(counts()).toBe(0);
      // Page 1 (the 4th match at most) cannot tell: counted.
      forget();
      expect(await listAgreements({}, { pageSize: 3, database: counted, countBound: 5 })).toMatchObject({ total: 5, totalIsExact: false });
      expect(counts()).toBe(1);
      // A page past the last row is counted in full, past the bound too, so that it can lead back to the last page.
      forget();
      const past = await listAgreements({ page: 100 }, { pageSize: 3, database: counted, countBound: 5 });
      expect(past).toMatchObject({ rows: [], total: everything.total, totalIsExact: true, pageCount: Math.ceil(everything.total / 3), hasNextPage: false });
      expect(counts()).toBe(1);
      // Within the bound, a deep page is counted exactly.
      forget();
      const exact = await listAgreements({ page: 2 }, { pageSize: 3, database: counted, countBound: everything.total });
      expect(exact).toMatchObject({ total: everything.total, totalIsExact: true, pageCount: Math.ceil(everything.total / 3) });
      expect(counts()).toBe(1);
    }));

  it("tells whether filters select more than a bound (the PDF register's limit)", () =>
    withCountedClient(provider, async ({ counted }) => {
      const { listAgreements, matchesMoreThan } = await import("@/lib/agreements/queries");
      const { total } = await listAgreements({}, { database: counted });
      expect(total).toBeGreaterThan(2);
      expect(await matchesMoreThan({}, total - 1, counted)).toBe(true);
      expect(await matchesMoreThan({}, total, counted)).toBe(false);
      expect(await matchesMoreThan({ q: "柳州钢铁" }, 1, counted)).toBe(false);
      expect(await matchesMoreThan({ q: "柳州钢铁" }, 0, counted)).toBe(true);
    }));

  it("keeps the filter choices until the register changes, and sees a change made through another server process", () =>
    withCountedClient(provider, async ({ t, counted, selects, forget }) => {
      const { listFilterChoices } = await import("@/lib/agreements/queries");
      const { executeCommand } = await import("@/lib/actions/command");
      const { referenceListCommands } = await import("@/lib/reference-lists/commands");
      const admin = await createUser(t.db, "ADMIN");

      const first = await listFilterChoices({}, counted);
      expect(selects()).toBeGreaterThanOrEqual(6);
      forget();
      expect(await listFilterChoices({}, counted)).toEqual(first);
      expect(selects(), "a second page reads only the register's version").toBe(1);

      const saved = await executeCommand(referenceListCommands.saveFocusArea, admin, { name: "Ocean engineering" }, t.db);
      expect(saved.result.status).toBe("success");
      forget();
      const after = await listFilterChoices({}, counted);
      expect(after.focusAreas.map((f) => f.name)).toContain("Ocean engineering");
      expect(first.focusAreas.map((f) => f.name)).not.toContain("Ocean engineering");
      expect(selects()).toBeGreaterThanOrEqual(6);
    }));
});
