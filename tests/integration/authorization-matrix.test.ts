// Every exported server action × {anonymous, viewer, editor, admin}: allowed or refused,
// and a refusal changes nothing. The actions are found by reading every
// lib/**/actions.ts, so a new action without an entry here fails this test.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { executeCommand, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import type { Role } from "@/lib/auth/roles";
import type { Database } from "@/lib/prisma-client";
import { seedArticle } from "@/prisma/seed/article-seed";
import { createTestDatabase, type TestDatabase } from "../support/databases";
import { createUser, newAgreementInput } from "../support/factories";
import { MATRIX, exportedActions } from "../support/server-actions";

type Caller = "anonymous" | Role;
const CALLERS: Caller[] = ["anonymous", "VIEWER", "EDITOR", "ADMIN"];

const allows = (caller: Caller, minimum: Role) =>
  caller !== "anonymous" && ["VIEWER", "EDITOR", "ADMIN"].indexOf(caller) >= ["VIEWER", "EDITOR", "ADMIN"].indexOf(minimum);

describe("authorization matrix", () => {
  let t: TestDatabase;
  let actors: Record<Caller, CurrentUser | null>;
  let actions: Map<string, Command<never, unknown>>;

  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    await seedArticle(t.db);
    actors = {
      anonymous: null,
      VIEWER: await createUser(t.db, "VIEWER"),
      EDITOR: await createUser(t.db, "EDITOR"),
      ADMIN: await createUser(t.db, "ADMIN"),
    };
    actions = await exportedActions();
  });
  afterAll(async () => t?.drop());

  it("has an entry for every exported server action, and no entry for one that does not exist", () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  const tableCounts = async (db: Database) => ({
    agreements: await db.agreement.count(),
    organizations: await db.organization.count(),
    people: await db.person.count(),
    timeline: await db.statusChange.count(),
    sources: await db.source.count(),
    evidence: (await db.evidence.findMany({ select: { quote: true, version: true }, orderBy: { id: "asc" } })).map((e) => `${e.quote}/${e.version}`).join(","),
    audit: await db.auditEvent.count(),
    users: await db.user.count(),
    savedViews: (await db.savedView.findMany({ select: { name: true }, orderBy: { id: "asc" } })).map((v) => v.name).join(","),
    focusAreas: await db.focusArea.count(),
    types: await db.agreementType.count(),
    userRoles: (await db.user.findMany({ select: { role: true, active: true }, orderBy: { id: "asc" } })).map((u) => `${u.role}/${u.active}`).join(","),
  });

  // Refusals are logged; the log is checked here instead of printed.
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  beforeEach(() => warn.mockClear());
  afterAll(() => warn.mockRestore());

  for (const [name, entry] of Object.entries(MATRIX)) {
    for (const caller of CALLERS) {
      const expected = allows(caller, entry.minimum) ? "allowed" : "refused";
      it(`${name} × ${caller}: ${expected}`, async () => {
        const command = actions.get(name);
        expect(command, `${name} is not exported`).toBeDefined();
        const input = await entry.input(t.db, actors.EDITOR!, actors[caller]);
        const before = await tableCounts(t.db);
        const { result } = await executeCommand(command!, actors[caller], input, t.db);
        if (expected === "allowed") {
          expect(result, JSON.stringify(result)).toMatchObject({ status: "success" });
        } else {
          expect(result).toMatchObject({ status: "error", code: caller === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN" });
          expect(await tableCounts(t.db)).toEqual(before);
          // Every refusal is logged (without the input).
          expect(warn).toHaveBeenCalledWith(expect.stringContaining(`refused ${command!.name}`));
        }
      });
    }
  }

  it("refuses deactivated accounts whatever their role", async () => {
    const former = await createUser(t.db, "ADMIN", { active: false });
    const before = await tableCounts(t.db);
    const { result } = await executeCommand(actions.get("agreements/createAgreement")!, former, newAgreementInput(), t.db);
    expect(result).toMatchObject({ status: "error", code: "FORBIDDEN" });
    expect(await tableCounts(t.db)).toEqual(before);
  });
});
