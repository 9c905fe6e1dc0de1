// Every server action, fed 1,000 generated inputs each (fast-check): valid inputs with
// one field replaced by something wrong (other types, huge strings, odd Unicode),
// fields left out, unknown fields (__proto__ among them), and things that are not
// objects at all. Every call must end in a validation message or a valid write: never
// an unexpected error, never a thrown exception, and a refusal changes nothing.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createUser } from "../support/factories";
import { MATRIX, exportedActions } from "../support/server-actions";

const RUNS = Number(process.env.PACTA_PROPERTY_RUNS ?? 1000);
const HUGE = "x".repeat(1_000_000);

const wrongValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(), // NaN and ±Infinity among them
  fc.constantFrom("", " ", "\u0000", "\uD800", "\u202Egnp.exe", "𠜎𠜱", "👩🏽‍🔬", "ﬃ", "İ", "'; DROP TABLE \"Agreement\"; --", "<script>alert(1)</script>", "=HYPERLINK(\"x\")"),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constant(HUGE),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
  fc.date(),
);

function inputsAround(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const someKey = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant("id");
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(valid) },
    { weight: 12, arbitrary: fc.tuple(someKey, wrongValue).map(([key, value]) => ({ ...valid, [key]: value })) },
    { weight: 3, arbitrary: someKey.map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.oneof(fc.constantFrom("__proto__", "constructor", "role", "actorId"), fc.string({ maxLength: 12 })), wrongValue)
        .filter(([key]) => !(key in valid))
        .map(([key, value]) => ({ ...valid, [key]: value })),
    },
    { weight: 2, arbitrary: fc.dictionary(fc.string({ maxLength: 12 }), wrongValue, { maxKeys: 5 }) },
    { weight: 1, arbitrary: wrongValue },
  );
}

describe.each(PROVIDERS)("server action inputs on %s (property)", (provider) => {
  let t: TestDatabase;
  let admin: CurrentUser;
  let actions: Map<string, Command<never, unknown>>;

  /** One row that changes when anything is written. */
  const fingerprint = async () =>
    JSON.stringify(
      await t.db.$queryRawUnsafe(`SELECT
        (SELECT count(*) FROM "Agreement") AS agreements, (SELECT sum("version") FROM "Agreement") AS agreementVersions,
        (SELECT count(*) FROM "Organization") AS organizations, (SELECT sum("version") FROM "Organization") AS organizationVersions,
        (SELECT count(*) FROM "Person") AS people, (SELECT sum("version") FROM "Person") AS personVersions,
        (SELECT count(*) FROM "AgreementParty") AS parties, (SELECT count(*) FROM "Participant") AS participants,
        (SELECT count(*) FROM "StatusChange") AS timeline, (SELECT count(*) FROM "AuditEvent") AS audit,
        (SELECT count(*) FROM "FocusArea") AS focusAreas, (SELECT count(*) FROM "AgreementType") AS types,
        (SELECT ${provider === "sqlite" ? `group_concat("role" || "active" || "sessionVersion" || "passwordHash")` : `string_agg("role"::text || "active"::text || "sessionVersion"::text || "passwordHash", ',' ORDER BY "id")`} FROM "User") AS users`),
      (_key, value) => (typeof value === "bigint" ? String(value) : value),
    );

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    admin = await createUser(t.db, "ADMIN");
    actions = await exportedActions();
  });
  afterAll(async () => t?.drop());

  for (const name of Object.keys(MATRIX)) {
    it(`${name}: ${RUNS} generated inputs, each a validation message or a valid write`, { timeout: 300_000 }, async () => {
      const command = actions.get(name)!;
      const valid = (await MATRIX[name].input(t.db, admin)) as Record<string, unknown>;
      const outcomes = { success: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(inputsAround(valid), async (input) => {
          const before = await fingerprint();
          const { result } = await executeCommand(command, admin, input, t.db);
          if (result.status === "error") {
            expect(result.code, JSON.stringify(result)).not.toBe("UNEXPECTED");
            expect(result.formError).toEqual(expect.any(String));
            expect(await fingerprint()).toBe(before);
            outcomes.refused++;
          } else {
            expect(result.status).toBe("success");
            outcomes.success++;
          }
        }),
        { numRuns: RUNS, seed: Number(process.env.PACTA_PROPERTY_SEED ?? Date.now() % 2 ** 31) },
      );
      // The generator reaches both sides.
      expect(outcomes.refused).toBeGreaterThan(RUNS / 2);
      expect(outcomes.success + outcomes.refused).toBe(RUNS);
    });
  }
});
