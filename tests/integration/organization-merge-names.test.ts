// Merging organisations compares names by the one text rule (lib/text/fold.ts): a spelling of
// a name the kept organisation already has is not added again as one of its other names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { organizationCommands } from "@/lib/organizations/commands";
import { createTestDatabase, type TestDatabase } from "../support/databases";
import { createUser } from "../support/factories";

describe("merging organisations' names", () => {
  let t: TestDatabase;
  let editor: CurrentUser;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    editor = await createUser(t.db, "EDITOR");
  });
  afterAll(async () => t?.drop());

  it("keeps one of each name however it is spelled, and every name that is new", async () => {
    const kept = await t.db.organization.create({ data: { name: "Wuhan University of Technology", acronym: "WUT", kind: "UNIVERSITY", otherNames: { create: [{ name: "Wuhan Tech" }] } } });
    const duplicate = await t.db.organization.create({
      data: {
        name: "WUHAN  UNIVERSITY OF TECHNOLOGY ",
        localName: "武汉理工大学",
        acronym: "ＷＵＴ",
        kind: "UNIVERSITY",
        otherNames: { create: [{ name: "wuhan\u200Btech" }, { name: "Wuhan Univ. of Technology" }, { name: "WHUT" }, { name: "whut" }] },
      },
    });
    const result = await executeCommand(organizationCommands.mergeOrganizations as Command<never, unknown>, editor, { id: duplicate.id, intoId: kept.id }, t.db);
    expect(result.result).toMatchObject({ status: "success" });
    const names = (await t.db.organizationName.findMany({ where: { organizationId: kept.id }, select: { name: true } })).map((n) => n.name).sort();
    expect(names).toEqual(["WHUT", "Wuhan Tech", "Wuhan Univ. of Technology", "武汉理工大学"].sort());
  });
});
