// Giving notice against automatic renewal, and when a status change took effect, through the
// commands (session, permission, schema, service, audit) on a real database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { agreementCommands } from "@/lib/agreements/commands";
import { getAgreementDetail } from "@/lib/agreements/queries";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { agreementVersion, createTestAgreement, createUser } from "../support/factories";

const iso = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;
const clockDir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-clock-"));
const setClock = (instant: string) => {
  fs.writeFileSync(path.join(clockDir, "now"), instant);
  process.env.PACTA_CLOCK_FILE = path.join(clockDir, "now");
};
afterEach(() => void delete process.env.PACTA_CLOCK_FILE);
afterAll(() => fs.rmSync(clockDir, { recursive: true, force: true }));

describe.each(PROVIDERS)("notice and effective dates on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  const run = async (name: keyof typeof agreementCommands, input: Record<string, unknown>) =>
    (await executeCommand(agreementCommands[name] as unknown as Command<never, unknown>, editor, input, t.db)).result;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await t.db.organization.create({ data: { name: "Our University", kind: "UNIVERSITY", isOwnInstitution: true } });
    editor = await createUser(t.db, "EDITOR");
  });
  afterAll(async () => t?.drop());

  it("records notice (day, who, audit) and the agreement then ends at the end of the running period", async () => {
    setClock("2026-11-30T12:00:00Z");
    const { reference } = await createTestAgreement(t.db, editor, {
      title: "Tacit",
      status: "ACTIVE",
      effectiveFrom: "2023-09-01",
      signedOn: "2023-08-15",
      termMonths: 12,
      automaticRenewal: true,
      noticePeriodDays: 60,
    });
    const before = await getAgreementDetail(reference, t.db);
    expect(before?.timeFacts).toMatchObject({ renews: true, periodFrom: "2026-09-01", periodTo: "2027-08-31", renewsOn: "2027-09-01", noticeBy: "2027-07-02", endSource: "renewal" });

    // Not for a day after today; then recorded.
    expect(await run("giveNotice", { reference, version: await agreementVersion(t.db, reference), givenOn: "2026-12-01" })).toMatchObject({ status: "error", code: "INVALID", fieldErrors: { givenOn: [expect.stringContaining("after today")] } });
    expect(await run("giveNotice", { reference, version: await agreementVersion(t.db, reference), givenOn: "2026-11-20" })).toMatchObject({ status: "success" });
    const stored = await t.db.agreement.findUniqueOrThrow({ where: { reference }, select: { noticeGivenOn: true, noticeGivenById: true, endsOn: true, noticeDeadline: true, rollsOver: true, datesRevision: true } });
    expect({ ...stored, noticeGivenOn: iso(stored.noticeGivenOn), endsOn: iso(stored.endsOn) }).toMatchObject({
      noticeGivenOn: "2026-11-20",
      noticeGivenById: editor.id,
      endsOn: "2027-08-31",
      noticeDeadline: null,
      rollsOver: false,
      datesRevision: 1,
    });
    expect(await t.db.auditEvent.count({ where: { action: "agreement.notice-given", actorId: editor.id } })).toBe(1);
    const after = await getAgreementDetail(reference, t.db);
    expect(after?.timeFacts).toMatchObject({ renews: false, periodTo: "2027-08-31", noticeBy: null, noticeGiven: { on: "2026-11-20", by: editor.name } });
    // Twice: refused, nothing changes.
    expect(await run("giveNotice", { reference, version: await agreementVersion(t.db, reference) })).toMatchObject({ status: "error", code: "CONFLICT" });

    setClock("2027-09-01T12:00:00Z");
    expect((await getAgreementDetail(reference, t.db))?.status).toBe("EXPIRED");
  });

  it("refuses notice for an agreement that does not renew automatically", async () => {
    setClock("2026-11-30T12:00:00Z");
    const { reference } = await createTestAgreement(t.db, editor, { status: "ACTIVE", signedOn: "2025-01-01", termMonths: 36 });
    expect(await run("giveNotice", { reference, version: await agreementVersion(t.db, reference) })).toMatchObject({ status: "error", code: "INVALID" });
    expect(await t.db.agreement.count({ where: { reference, noticeGivenOn: { not: null } } })).toBe(0);
  });

  it("records when a status change took effect apart from when it was recorded", async () => {
    setClock("2026-11-30T12:00:00Z");
    const { reference } = await createTestAgreement(t.db, editor, { status: "AWAITING_SIGNATURE", signedOn: "2025-09" });
    expect(await run("changeAgreementStatus", { reference, version: await agreementVersion(t.db, reference), toStatus: "ACTIVE", effectiveOn: "2027-01-01" })).toMatchObject({ status: "error", code: "INVALID", fieldErrors: { effectiveOn: [expect.any(String)] } });
    expect(await run("changeAgreementStatus", { reference, version: await agreementVersion(t.db, reference), toStatus: "ACTIVE", effectiveOn: "2025-09" })).toMatchObject({ status: "success" });
    const detail = await getAgreementDetail(reference, t.db);
    const activation = detail!.statusChanges.find((c) => c.toStatus === "ACTIVE" && c.fromStatus === "AWAITING_SIGNATURE")!;
    expect(activation.effectiveOn).toMatchObject({ iso: "2025-09", precision: "MONTH" });
    expect(activation.changedAt.getTime()).toBeGreaterThan(new Date("2026-01-01").getTime());
  });
});
