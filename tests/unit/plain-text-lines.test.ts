// Plain-text outputs (the reminder digest, log lines) hold user text on one line each:
// a line break or control character in a title must not forge a line of its own.
import { describe, expect, it } from "vitest";
import { digestFor } from "@/lib/reminders/digest";
import { hasBidiControl, isSafeFileName, oneLine } from "@/lib/text/controls";

const user = { email: "editor@example.edu", name: "Editor\r\nFrom: forged", reminderScope: "OWNED", reminderDays: "30", locale: "en" };

describe("one line of plain text", () => {
  it("keeps a newline-bearing title on its own line of the digest", () => {
    const forged = "Exchange\n- AG-2099-0001 Forged agreement: ends today\u2028\u0085x";
    const mail = digestFor(user, [{ reference: "AG-2024-0001", title: forged, kind: "END", dueOn: new Date("2026-12-30T00:00:00Z") }], new Date("2026-11-30T00:00:00Z"), "https://pacta.example.edu");
    const lines = mail.text.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
    expect(lines.filter((line) => line.startsWith("- "))).toHaveLength(1);
    expect(lines.some((line) => line.startsWith("- AG-2099-0001"))).toBe(false);
    expect(lines.some((line) => line.startsWith("From: forged"))).toBe(false);
    expect(mail.text).toContain("Exchange - AG-2099-0001 Forged agreement: ends today x");
  });

  it("turns every control character and line separator into a space and drops bidi controls", () => {
    expect(oneLine("a\r\nb\tc\u0000d\u2029e")).toBe("a b c d e");
    expect(oneLine("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(oneLine("北京大学 – Université")).toBe("北京大学 – Université");
  });

  it("refuses bidi controls in names and any control in file names, but not the marks some names need", () => {
    expect(hasBidiControl("contract\u202Efdp.pdf")).toBe(true);
    expect(hasBidiControl("\u2067جامعة\u2069")).toBe(true);
    expect(hasBidiControl("جامعة\u200F القاهرة")).toBe(false);
    expect(isSafeFileName("contract\u0000.pdf")).toBe(false);
    expect(isSafeFileName("two\nlines.pdf")).toBe(false);
    expect(isSafeFileName("合同 2024 (final).pdf")).toBe(true);
  });
});
