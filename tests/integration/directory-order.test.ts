// The directories' order comes from stored sort keys (decision 016): pinyin for Chinese names,
// alphabetical for Latin ones, the same order the readers' collation gives, on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { organizationCommands } from "@/lib/organizations/commands";
import { personCommands } from "@/lib/people/commands";
import { listOrganizations } from "@/lib/organizations/queries";
import { listPeople } from "@/lib/people/queries";
import { sortByName } from "@/lib/i18n/names";
import { seedDemoPortfolio } from "@/prisma/seed/demo-portfolio";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createUser } from "../support/factories";

// Pinyin: Ā-mǔ-sī-tè-dān, Běi-jīng, Qīng-huá, Wǔ-hàn, Xī-ān, Zhōng-shān.
const CHINESE = ["中山大学", "清华大学", "阿姆斯特丹大学", "武汉理工大学", "北京大学", "西安交通大学"];
const PINYIN_ORDER = ["阿姆斯特丹大学", "北京大学", "清华大学", "武汉理工大学", "西安交通大学", "中山大学"];
// Case and accents do not count; a number counts as a number.
const LATIN = ["zeta Institute", "École d'Ingénieurs", "aalto University", "Bergen Institute 10", "Bergen Institute 9", "Ecole Normale"];
const ALPHABETICAL = ["aalto University", "Bergen Institute 9", "Bergen Institute 10", "École d'Ingénieurs", "Ecole Normale", "zeta Institute"];

describe.each(PROVIDERS)("the directories' order on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  const run = (command: unknown, input: unknown) => executeCommand(command as Command<never, unknown>, editor, input, t.db).then((r) => r.result);

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    editor = await createUser(t.db, "EDITOR");
    // Chinese names written through the organisation service, which stores their keys…
    for (const [i, localName] of CHINESE.entries()) {
      expect((await run(organizationCommands.createOrganization, { name: `Partner ${String.fromCharCode(90 - i)}`, localName, kind: "UNIVERSITY" })).status).toBe("success");
    }
    // …Latin ones made another way (as the import and an agreement's new partner do): keyed when the directory is read.
    for (const name of LATIN) await t.db.organization.create({ data: { name, kind: "COMPANY" } });
  });
  afterAll(async () => t?.drop());

  it("lists Chinese names by pinyin for Chinese readers, and Latin names alphabetically", async () => {
    const zh = await listOrganizations({ locale: "zh-CN", kind: "UNIVERSITY", database: t.db });
    expect(zh.rows.map((o) => o.localName)).toEqual(PINYIN_ORDER);
    const en = await listOrganizations({ locale: "en", kind: "COMPANY", database: t.db });
    expect(en.rows.map((o) => o.name)).toEqual(ALPHABETICAL);
    // English readers see the English names first, so they are in that order.
    const universities = await listOrganizations({ locale: "en", kind: "UNIVERSITY", database: t.db });
    expect(universities.rows.map((o) => o.name)).toEqual(["Partner U", "Partner V", "Partner W", "Partner X", "Partner Y", "Partner Z"]);
    expect(await t.db.organization.count({ where: { OR: [{ sortKey: null }, { localSortKey: null }] } })).toBe(0);
  });

  it("moves an organisation when its name changes, and orders people by name or, without one, by position", async () => {
    const beijing = await t.db.organization.findFirstOrThrow({ where: { localName: "北京大学" }, select: { id: true, version: true, name: true } });
    const renamed = await run(organizationCommands.updateOrganization, { id: beijing.id, version: beijing.version, name: beijing.name, localName: "浙江大学", kind: "UNIVERSITY" });
    expect(renamed.status).toBe("success");
    const zh = await listOrganizations({ locale: "zh-CN", kind: "UNIVERSITY", database: t.db });
    expect(zh.rows.map((o) => o.localName)).toEqual(["阿姆斯特丹大学", "清华大学", "武汉理工大学", "西安交通大学", "浙江大学", "中山大学"]);

    for (const input of [{ name: "Zhang Wei", localName: "张伟" }, { position: "Dean of Engineering" }, { name: "Anna Berg" }, { name: "Li Na", localName: "李娜" }]) {
      expect((await run(personCommands.createPerson, input)).status).toBe("success");
    }
    expect((await listPeople({ locale: "en", database: t.db })).rows.map((p) => p.name ?? p.position)).toEqual(["Anna Berg", "Dean of Engineering", "Li Na", "Zhang Wei"]);
    expect((await listPeople({ locale: "zh-CN", database: t.db })).rows.map((p) => p.localName ?? p.name ?? p.position)).toEqual(["李娜", "张伟", "Anna Berg", "Dean of Engineering"]);
  });

  it("gives, page by page, the order the readers' collation gives a generated directory", async () => {
    await seedDemoPortfolio(t.db, 1_200, 5);
    for (const locale of ["en", "zh-CN"] as const) {
      const all = await t.db.organization.findMany({ select: { id: true, name: true, localName: true } });
      const pages = [];
      for (let page = 1; ; page++) {
        const result = await listOrganizations({ locale, page, database: t.db });
        pages.push(...result.rows);
        expect(result.total).toBe(all.length);
        if (page >= result.pageCount) break;
      }
      const key = (o: { name: string; localName: string | null }) => (locale === "zh-CN" ? (o.localName ?? o.name) : o.name);
      // Names the collation holds equal may come in either order; the names themselves must match.
      expect(pages.map(key)).toEqual(sortByName(locale, all).map(key));
    }
  });
});
