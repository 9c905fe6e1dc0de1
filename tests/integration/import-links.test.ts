// The import and export carry signing ceremonies, links between agreements (renewal and the
// relations) and approximate signing dates, on both databases: an export imports back with the
// same facts, and a file's references to the register or to its own rows are checked row by row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type ActionResult, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import type { Database } from "@/lib/prisma-client";
import { toIsoPartial } from "@/lib/dates/partial-date";
import { importCommands } from "@/lib/import/commands";
import { exportStream } from "@/lib/reports/agreement-export";
import { parseListParams } from "@/lib/agreements/list-params";
import { addRelation } from "@/lib/agreements/relations";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createUser } from "../support/factories";
import type { MessagePart } from "@/lib/errors";
import { errorText, translatorFor } from "@/lib/i18n/translator";

const said = (part: MessagePart) => errorText(translatorFor("en"), part.key, part.values);

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

const run = <T>(command: unknown, actor: CurrentUser, file: File, db: Database) =>
  executeCommand(command as Command<never, T>, actor, { file }, db).then((r) => r.result as ActionResult<T>);

type Preview = { rowsWithProblems: number; rowCount: number; newCeremonies: string[]; problems: { line: number; messages: MessagePart[] }[]; sample: { signedOn: string; signedOnApproximate: boolean }[] };

/** The facts this change carries, per agreement by reference: the signing date and its approximation, the ceremony, the renewal and the relations. */
async function linksOf(db: Database) {
  const agreements = await db.agreement.findMany({
    orderBy: { reference: "asc" },
    select: {
      reference: true,
      signedOn: true,
      signedOnPrecision: true,
      signedOnApproximate: true,
      signingEvent: { select: { name: true, heldOn: true, heldOnPrecision: true } },
      renewalOf: { select: { reference: true } },
      relationsFrom: { select: { kind: true, to: { select: { reference: true } } } },
    },
  });
  return agreements.map((a) => ({
    reference: a.reference,
    signedOn: a.signedOn ? `${a.signedOnApproximate ? "about " : ""}${toIsoPartial(a.signedOn, a.signedOnPrecision!)}` : null,
    ceremony: a.signingEvent ? `${a.signingEvent.name} ${a.signingEvent.heldOn ? toIsoPartial(a.signingEvent.heldOn, a.signingEvent.heldOnPrecision!) : ""}` : null,
    renews: a.renewalOf?.reference ?? null,
    relations: a.relationsFrom.map((r) => `${r.kind} ${r.to.reference}`).sort(),
  }));
}

describe.each(PROVIDERS)("ceremonies, links and approximate dates on %s", (provider) => {
  let source: TestDatabase;
  let admin: CurrentUser;
  beforeAll(async () => {
    source = await createTestDatabase(provider);
    await seedArticle(source.db);
    admin = await createUser(source.db, "ADMIN");
    // The seed holds a ceremony of eight agreements, a renewal and an approximate date; relations are added here.
    await source.db.$transaction(async (tx) => {
      await addRelation(tx, { reference: "AG-2020-0002", kind: "IMPLEMENTS", otherReference: "AG-2020-0001" }, admin);
      await addRelation(tx, { reference: "AG-2020-0003", kind: "IMPLEMENTS", otherReference: "AG-2020-0001" }, admin);
      await addRelation(tx, { reference: "AG-2020-0003", kind: "AMENDS", otherReference: "AG-2020-0002" }, admin);
      await addRelation(tx, { reference: "AG-2020-0004", kind: "RELATED", otherReference: "AG-2020-0005" }, admin);
      await addRelation(tx, { reference: "AG-2020-0006", kind: "SUPERSEDES", otherReference: "AG-2010-0001" }, admin);
      await addRelation(tx, { reference: "AG-2020-0007", kind: "FOLLOWS_FROM", otherReference: "AG-2020-0001" }, admin);
    });
  });
  afterAll(async () => source?.drop());

  for (const [format, locale] of [["csv", "en"], ["xlsx", "zh-CN"]] as const) {
    it(`exports to ${format.toUpperCase()} in ${locale} and imports back with the same ceremony, renewal, relations and approximate date`, async () => {
      const bytes = await bytesOf(exportStream(format, source.db, parseListParams({}), undefined, translatorFor(locale)));
      const target = await createTestDatabase(provider);
      try {
        await target.db.organization.create({ data: { name: "Wuhan University of Technology", localName: "武汉理工大学", acronym: "WUT", kind: "UNIVERSITY", isOwnInstitution: true } });
        const importer = await createUser(target.db, "ADMIN");
        const file = new File([new Uint8Array(bytes)], `register.${format}`);
        const preview = await run<Preview>(importCommands.previewImport, importer, file, target.db);
        expect(preview).toMatchObject({ status: "success", data: { rowCount: 9, rowsWithProblems: 0, newCeremonies: [expect.any(String)] } });
        const result = await run<{ agreements: number }>(importCommands.importAgreements, importer, file, target.db);
        expect(result).toMatchObject({ status: "success", data: { agreements: 9 } });
        const back = await linksOf(target.db);
        expect(back).toEqual(await linksOf(source.db));
        // The facts the test relies on are there to compare (not two empty registers).
        expect(back.find((a) => a.reference === "AG-2010-0001")!.signedOn).toBe("about 2010");
        expect(back.filter((a) => a.ceremony !== null)).toHaveLength(8);
        expect(back.find((a) => a.reference === "AG-2020-0001")!.renews).toBe("AG-2010-0001");
        expect(back.flatMap((a) => a.relations)).toHaveLength(6);
        // One ceremony for the eight rows that name it, recorded and attached with audit records.
        expect(await target.db.signingEvent.count()).toBe(1);
        expect(await target.db.auditEvent.count({ where: { action: "ceremony.created" } })).toBe(1);
        expect(await target.db.auditEvent.count({ where: { action: "agreement.ceremony-attached" } })).toBe(8);
        expect(await target.db.auditEvent.count({ where: { action: "ceremony.agreement-attached" } })).toBe(8);
        // Each relation is audited and noted on both ends.
        expect(await target.db.auditEvent.count({ where: { action: "agreement.relation-added" } })).toBe(12);
        expect(await target.db.statusChange.count({ where: { kind: "RELATION" } })).toBe(12);
      } finally {
        await target.drop();
      }
    });
  }

  describe("a file that names ceremonies and agreements", () => {
    let t: TestDatabase;
    let editor: CurrentUser;
    const header = "Reference,Title,Partners,Signed on,Place,Signing ceremony,Ceremony date,Renews,Implements,Amends,Related to";
    const csv = (...rows: string[]) => new File([[header, ...rows].join("\n")], "links.csv");

    beforeAll(async () => {
      t = await createTestDatabase(provider);
      await seedArticle(t.db);
      editor = await createUser(t.db, "EDITOR");
    });
    afterAll(async () => t?.drop());

    it("matches a ceremony by its name in any case and width, creates a new one once for its rows, and links to the register and to rows below", async () => {
      const seeded = await t.db.signingEvent.findFirstOrThrow({ select: { id: true, name: true } });
      const file = csv(
        `FW-1,Framework with the steel group,GLISG,约2011年,Liuzhou,Liuzhou signing day,,,,,`,
        `IM-1,Lab under the framework,GLISG,2012-03-04,Liuzhou,LIUZHOU SIGNING DAY,,,FW-1,,AG-2020-0004`,
        `IM-2,Amendment of the lab,GLISG,ca. 2013,,${seeded.name.toUpperCase()},,,fw-1,IM-1; IM-3,`,
        `IM-3,Second lab,GLISG,2013,,Liuzhou signing day,,,FW-1,,`,
      );
      const preview = await run<Preview>(importCommands.previewImport, editor, file, t.db);
      expect(preview).toMatchObject({ status: "success", data: { rowsWithProblems: 0, newCeremonies: ["Liuzhou signing day"] } });
      if (preview.status !== "success") return;
      expect(preview.data.sample.map((r) => [r.signedOn, r.signedOnApproximate])).toEqual([["2011", true], ["2012-03-04", false], ["2013", true], ["2013", false]]);
      const result = await run<{ agreements: number }>(importCommands.importAgreements, editor, file, t.db);
      expect(result).toMatchObject({ status: "success", data: { agreements: 4 } });
      const links = Object.fromEntries((await linksOf(t.db)).map((a) => [a.reference, a]));
      expect(links["FW-1"]).toMatchObject({ signedOn: "about 2011", ceremony: "Liuzhou signing day 2011", relations: [] });
      expect(links["IM-1"]).toMatchObject({ signedOn: "2012-03-04", ceremony: "Liuzhou signing day 2011", relations: ["IMPLEMENTS FW-1", "RELATED AG-2020-0004"] });
      expect(links["IM-2"]).toMatchObject({ signedOn: "about 2013", relations: ["AMENDS IM-1", "AMENDS IM-3", "IMPLEMENTS FW-1"] });
      expect(links["IM-2"].ceremony).toMatch(new RegExp(`^${seeded.name} `));
      expect(await t.db.signingEvent.count({ where: { name: "Liuzhou signing day" } })).toBe(1);
      const created = await t.db.signingEvent.findFirstOrThrow({ where: { name: "Liuzhou signing day" }, select: { place: true } });
      expect(created.place).toBe("Liuzhou");
      // The agreement of the register that a row relates to has the relation in its own history and timeline.
      const other = await t.db.agreement.findUniqueOrThrow({ where: { reference: "AG-2020-0004" }, select: { id: true } });
      expect(await t.db.auditEvent.count({ where: { entityId: other.id, action: "agreement.relation-added" } })).toBe(1);
      expect(await t.db.statusChange.count({ where: { agreementId: other.id, kind: "RELATION" } })).toBe(1);
    });

    it("renews an agreement of the register: the active renewal makes it renewed, in its history", async () => {
      const file = csv(`RN-1,Renewal of the steel lab,GLISG,2024-05-01,,,,AG-2020-0008,,,`);
      const before = await t.db.agreement.findUniqueOrThrow({ where: { reference: "AG-2020-0008" }, select: { id: true, status: true } });
      expect(before.status).toBe("ACTIVE");
      const result = await run<{ agreements: number }>(importCommands.importAgreements, editor, file, t.db);
      expect(result).toMatchObject({ status: "success", data: { agreements: 1 } });
      const renewal = await t.db.agreement.findUniqueOrThrow({ where: { reference: "RN-1" }, select: { renewalOf: { select: { reference: true } } } });
      expect(renewal.renewalOf?.reference).toBe("AG-2020-0008");
      expect((await t.db.agreement.findUniqueOrThrow({ where: { id: before.id }, select: { status: true } })).status).toBe("RENEWED");
      expect(await t.db.auditEvent.count({ where: { entityId: before.id, action: "agreement.renewal-started" } })).toBe(1);
    });

    it("refuses unknown references, a row naming itself, a cycle, a second renewal and an ambiguous ceremony, each on its row, and imports nothing", async () => {
      await t.db.signingEvent.createMany({ data: [{ name: "Twin ceremony", heldOn: new Date("2019-01-01"), heldOnPrecision: "YEAR" }, { name: "Twin ceremony", heldOn: new Date("2021-01-01"), heldOnPrecision: "YEAR" }] });
      const file = csv(
        `X-1,Unknown framework,GLISG,2020,,,,,AG-1999-0042,,`,
        `X-2,Itself,GLISG,2020,,,,,,X-2,`,
        `X-3,Circle one,GLISG,2020,,,,,X-4,,`,
        `X-4,Circle two,GLISG,2020,,,,,X-3,,`,
        `X-5,Renews a renewed one,GLISG,2020,,,,AG-2010-0001,,,`,
        `X-6,Which twin,GLISG,2020,,Twin ceremony,,,,,`,
        `X-7,The later twin,GLISG,2021,,twin ceremony,2021,,,,`,
        `X-8,Fine row,GLISG,about 2015,,,,,,,`,
      );
      const before = { agreements: await t.db.agreement.count(), relations: await t.db.agreementRelation.count(), ceremonies: await t.db.signingEvent.count(), audit: await t.db.auditEvent.count() };
      const preview = await run<Preview>(importCommands.previewImport, editor, file, t.db);
      expect(preview.status).toBe("success");
      if (preview.status !== "success") return;
      const byLine = Object.fromEntries(preview.data.problems.map((p) => [p.line, p.messages.map(said)]));
      expect(byLine[2]).toEqual(["Implements “AG-1999-0042”: no agreement has this reference, in the register or in this file."]);
      expect(byLine[3]).toEqual(["Amends “X-2”: an agreement cannot refer to itself."]);
      expect(byLine[4]).toBeUndefined();
      // implementing each other: the second says they are related already (a circle of more is refused as one: below).
      expect(byLine[5]).toEqual(["Implements X-3: this row's agreement and X-3 are already related in another column or row; two agreements are related in one way only."]);
      expect(byLine[6]).toEqual(["Renews AG-2010-0001: that agreement already has a renewal (AG-2020-0001)."]);
      expect(byLine[7]).toEqual(["2 signing ceremonies are called “Twin ceremony” (held 2019; 2021). Give the ceremony's date in the “Ceremony date” column to say which one."]);
      // The date tells the twins apart; the approximate date is read.
      expect(byLine[8]).toBeUndefined();
      expect(byLine[9]).toBeUndefined();
      expect(preview.data.rowsWithProblems).toBe(5);
      const result = await run(importCommands.importAgreements, editor, file, t.db);
      expect(result.status).toBe("error");
      expect({ agreements: await t.db.agreement.count(), relations: await t.db.agreementRelation.count(), ceremonies: await t.db.signingEvent.count(), audit: await t.db.auditEvent.count() }).toEqual(before);
    });

    it("relates two agreements in one way only and refuses a circle through different kinds, each on its row", async () => {
      const file = csv(
        `Y-1,Base,GLISG,2020,,,,,,,`,
        `Y-2,Two ways,GLISG,2020,,,,,Y-1,,Y-1`,
        `Y-3,One way,GLISG,2020,,,,,Y-4,,`,
        `Y-4,Back the other way,GLISG,2020,,,,,,Y-3,`,
        `Y-5,Register twice,GLISG,2020,,,,,AG-2020-0001,,AG-2020-0001`,
        `Y-6,Related both ways is one relation,GLISG,2020,,,,,,,Y-7`,
        `Y-7,The other end,GLISG,2020,,,,,,,Y-6`,
      );
      const preview = await run<Preview>(importCommands.previewImport, editor, file, t.db);
      expect(preview.status).toBe("success");
      if (preview.status !== "success") return;
      const byLine = Object.fromEntries(preview.data.problems.map((p) => [p.line, p.messages.map(said)]));
      const twice = (column: string, reference: string) =>
        `${column} ${reference}: this row's agreement and ${reference} are already related in another column or row; two agreements are related in one way only.`;
      expect(byLine).toEqual({ 3: [twice("Related to", "Y-1")], 5: [twice("Amends", "Y-3")], 6: [twice("Related to", "AG-2020-0001")] });

      // A circle through implements and amends: Z-2 implements Z-1, Z-3 amends Z-2, so Z-1 implementing Z-3 would rest on itself.
      const circle = csv(`Z-1,Root,GLISG,2020,,,,,Z-3,,`, `Z-2,Leaf,GLISG,2020,,,,,Z-1,,`, `Z-3,Up,GLISG,2020,,,,,,Z-2,`);
      const refused = await run<Preview>(importCommands.previewImport, editor, circle, t.db);
      expect(refused.status === "success" && refused.data.problems.flatMap((p) => p.messages.map(said))).toEqual([
        "Amends Z-2: this would go round in a circle, as Z-2 already leads back to this row's agreement.",
      ]);
    });

    it("refuses an approximate date where only the signing date may be approximate", async () => {
      const file = new File([["Title,Partners,Signed on,Effective from", "A,GLISG,about 2010,about 2011"].join("\n")], "dates.csv");
      const preview = await run<Preview>(importCommands.previewImport, editor, file, t.db);
      expect(preview.status === "success" && preview.data.problems.flatMap((p) => p.messages.map(said))).toEqual([
        "Effective from “about 2011”: only the signing date can be approximate. Write the date, or leave the cell empty.",
      ]);
    });
  });
});
