// The audit log is read in words: every action code that any code writes has a sentence in both
// catalogues, every record type a name, every field of the log's writers its form's label.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ENTITY_TYPES, AUDIT_FIELD_LABELS, auditActionKey, auditEntityKey, auditFieldKey } from "@/lib/audit/describe";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";

const CATALOGUES = { en, "zh-CN": zh } as Record<string, unknown>;
const lookup = (catalogue: unknown, key: string): unknown => key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), catalogue);
const hasMessage = (locale: string, key: string) => typeof lookup(CATALOGUES[locale], key) === "string" && (lookup(CATALOGUES[locale], key) as string).length > 0;

const ROOTS = ["lib", "app", "scripts", "prisma/seed"];
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** Files that write audit events, by any of the ways the code does it. */
const WRITERS = /recordAudit\(|auditEvent\.create|logAttempt\(|replacePassword\(|audit: \{/;
/** An action code: a record's word and a verb ("agreement.created", "sign-in.throttled"), not a permission or a command name. */
const CODE = /(?<!(?:permission|name|can\(user,)\s*:?\s*)"((?:agreement|agreement-type|ceremony|document|focus-area|import|organization|person|user|sign-in|demo|source)\.[a-z]+(?:-[a-z]+)*)"/g;

function writtenActionCodes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of ROOTS.flatMap((root) => sources(root))) {
    const text = fs.readFileSync(file, "utf8");
    if (!WRITERS.test(text) && !/DEMO_MARKER/.test(text)) continue;
    for (const match of text.matchAll(CODE)) found.set(match[1], file);
  }
  return found;
}

describe("the audit log in words", () => {
  it("finds the action codes the code writes (the scan itself works)", () => {
    const codes = writtenActionCodes();
    for (const code of ["agreement.created", "agreement.imported", "agreement.archived", "sign-in.succeeded", "sign-in.throttled", "user.password-reset", "document.version-added", "demo.portfolio-seeded", "source.created", "agreement.evidence-removed"]) {
      expect(codes.has(code), code).toBe(true);
    }
    // Permissions and command names are not action codes.
    expect(codes.has("agreement.write")).toBe(false);
    expect(codes.has("document.attach")).toBe(false);
  });

  it("has a sentence in both languages for every action code written anywhere", () => {
    const missing = [...writtenActionCodes()].flatMap(([code, file]) =>
      Object.keys(CATALOGUES).filter((locale) => !hasMessage(locale, auditActionKey(code))).map((locale) => `${code} (${file}) in ${locale}`),
    );
    expect(missing).toEqual([]);
  });

  it("names every record type and labels every known field in both languages", () => {
    const missing: string[] = [];
    for (const locale of Object.keys(CATALOGUES)) {
      for (const type of AUDIT_ENTITY_TYPES) {
        if (!hasMessage(locale, auditEntityKey(type))) missing.push(`${type} in ${locale}`);
        for (const field of Object.keys(AUDIT_FIELD_LABELS[type])) {
          if (!auditFieldKey(type, field, (key) => hasMessage(locale, key))) missing.push(`${type}.${field} in ${locale}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("says a field by its form's label, per record type", () => {
    const say = (type: string, field: string) => lookup(en, auditFieldKey(type, field, (key) => hasMessage("en", key))!);
    expect(say("Agreement", "automaticRenewal")).toBe("Automatic renewal");
    expect(say("Organization", "name")).toBe("Name (English)");
    expect(say("AgreementType", "localName")).toBe("Name in Chinese");
    expect(say("AgreementDocument", "sha256")).toBe("Fingerprint of the file");
    expect(say("SignIn", "address")).toBe("Network address");
    expect(auditFieldKey("Agreement", "noSuchField", (key) => hasMessage("en", key))).toBeNull();
  });
});
