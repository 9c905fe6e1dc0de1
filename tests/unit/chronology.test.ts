// The chronology rule of an agreement's dates: the same rule for the form (through the schema),
// the service and the import; partial dates compare by their periods.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chronologyProblems, whollyBefore } from "@/lib/agreements/chronology";
import { CreateAgreementSchema } from "@/lib/agreements/schema";
import { fieldErrorsOf } from "@/lib/actions/command";
import { lastDayOf, parsePartialDate, partialDate, truncateToPrecision, type PartialDate } from "@/lib/dates/partial-date";
import { translatorFor } from "@/lib/i18n/translator";

const d = (text: string) => parsePartialDate(text)!;
const today = new Date("2026-11-30T00:00:00Z");
const problems = (signedOn: string | null, effectiveFrom: string | null, expiresOn: string | null) =>
  chronologyProblems({ signedOn: signedOn ? d(signedOn) : null, effectiveFrom: effectiveFrom ? d(effectiveFrom) : null, expiresOn: expiresOn ? d(expiresOn) : null }, today).map(
    (p) => `${p.field}:${p.message}`,
  );

describe("the chronology of an agreement's dates", () => {
  it("refuses an end before the start or the signing, a start before the signing, and a signing more than a year ahead", () => {
    expect(problems("2020-05-03", "2020-06-01", "2025-05-31")).toEqual([]);
    expect(problems("2020-05-03", "2020-06-01", "2020-05-31")).toEqual(["expiresOn:chronologyExpiryBeforeEffective"]);
    expect(problems("2020-05-03", null, "2020-05-02")).toEqual(["expiresOn:chronologyExpiryBeforeSigning"]);
    expect(problems("2020-05-03", "2020-05-02", null)).toEqual(["effectiveFrom:chronologyEffectiveBeforeSigning"]);
    expect(problems("2099-01-01", null, null)).toEqual(["signedOn:chronologySignedTooFarAhead"]);
    expect(problems("2027-11-30", null, null)).toEqual([]);
    expect(problems("2027-12-01", null, null)).toEqual(["signedOn:chronologySignedTooFarAhead"]);
  });

  it("compares partial dates by their periods: only what is wholly earlier is refused", () => {
    expect(problems("2020", "2020-05-03", "2020-05")).toEqual([]);
    expect(problems("2020-05-03", "2020", null)).toEqual([]);
    expect(problems("2020-05", null, "2020")).toEqual([]);
    expect(problems("2020-05-03", null, "2020-04")).toEqual(["expiresOn:chronologyExpiryBeforeSigning"]);
    expect(problems("2021", null, "2020-12-31")).toEqual(["expiresOn:chronologyExpiryBeforeSigning"]);
    // "2027" signed on 30 November 2026 may be January 2027: not refused.
    expect(problems("2027", null, null)).toEqual([]);
    expect(problems("2028", null, null)).toEqual(["signedOn:chronologySignedTooFarAhead"]);
  });

  it("property: a is wholly before b exactly when no day of a is on or after a day of b", () => {
    const partial = fc
      .tuple(fc.integer({ min: 2018, max: 2022 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom("DAY", "MONTH", "YEAR"))
      .map(([y, m, day, precision]): PartialDate => (precision === "DAY" ? partialDate(y, m, day) : precision === "MONTH" ? partialDate(y, m) : partialDate(y)));
    fc.assert(
      fc.property(partial, partial, (a, b) => {
        const aLast = lastDayOf(a.date, a.precision).getTime();
        const bFirst = truncateToPrecision(b.date, b.precision).getTime();
        expect(whollyBefore(a, b)).toBe(aLast < bFirst);
        // Never both ways, and a date is never wholly before itself.
        expect(whollyBefore(a, b) && whollyBefore(b, a)).toBe(false);
        expect(whollyBefore(a, a)).toBe(false);
      }),
    );
  });
});

describe("the agreement schema says it next to the field", () => {
  const base = { title: "T", parties: [{ organizationId: "org" }] };
  const errors = (input: Record<string, unknown>, locale: "en" | "zh-CN" = "en") => {
    const result = CreateAgreementSchema.safeParse({ ...base, ...input });
    return result.success ? {} : fieldErrorsOf(result.error, translatorFor(locale));
  };

  it("says only the field's own problem when a date does not parse (no chronology judged on raw text)", () => {
    expect(errors({ signedOn: "x".repeat(50), expiresOn: "2020" })).toEqual({ signedOn: ["At most 10 characters."] });
    expect(errors({ signedOn: 5, expiresOn: "2020" })).toEqual({ signedOn: ["This value is not valid."] });
  });

  it("refuses an end before the start", () => {
    expect(errors({ effectiveFrom: "2021-01-01", expiresOn: "2020-12-31" })).toEqual({ expiresOn: ["It cannot end before it takes effect."] });
  });

  it("answers a day that does not exist with that, not with the format", () => {
    expect(errors({ signedOn: "2020-02-30" })).toEqual({ signedOn: ["There is no 30 February 2020."] });
    expect(errors({ signedOn: "2021-02-29" }, "zh-CN")).toEqual({ signedOn: ["不存在 2021年2月29日 这一天。"] });
    expect(errors({ signedOn: "2020-13-01" })).toEqual({ signedOn: ["Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2020-01-03)."] });
    expect(errors({ signedOn: "2020-02-29" })).toEqual({});
  });
});
