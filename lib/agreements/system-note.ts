// Notes that Pacta itself writes on an agreement's timeline ("Renewed by AG-2020-0007").
// They are stored as a message key with its values, never as English text, so that each
// reader sees them in their own language (catalogue namespace `agreement.systemNote`).
import type { AgreementRelationKind } from "../enumerations";

/** A note Pacta writes, by its catalogue key (`agreement.systemNote.<key>`) and the values it fills in. */
export type SystemNote =
  | { key: "renewedBy"; values: { reference: string } }
  | { key: "renewalOf"; values: { reference: string } }
  | { key: "importedFrom"; values: { file: string; line: number } }
  | { key: "generatedForDemo"; values: Record<string, never> }
  // Both ends of a relation get one (lib/agreements/relations.ts); `direction` is seen from the note's agreement.
  | { key: "relationAdded" | "relationRemoved"; values: { kind: AgreementRelationKind; direction: "outgoing" | "incoming"; reference: string } };

const KEYS: ReadonlySet<string> = new Set<SystemNote["key"]>([
  "renewedBy",
  "renewalOf",
  "importedFrom",
  "generatedForDemo",
  "relationAdded",
  "relationRemoved",
]);

/** The stored form: JSON of the key and values. */
export const storedSystemNote = (note: SystemNote): string => JSON.stringify(note);

/** Reads a stored note back; anything that is not one (an older release's, a damaged value) is null. */
export function parseSystemNote(stored: string | null | undefined): SystemNote | null {
  if (!stored) return null;
  try {
    const parsed = JSON.parse(stored) as { key?: unknown; values?: unknown };
    if (typeof parsed.key !== "string" || !KEYS.has(parsed.key) || typeof parsed.values !== "object" || parsed.values === null) return null;
    return parsed as SystemNote;
  } catch {
    return null;
  }
}
