// A page and the commands its forms submit must agree on who may use them: a page asks
// requireUser(returnTo, permission) with its command's permission, or shows a control
// whose command needs more only behind `can(user, "<that permission>")`. Otherwise a change
// to who may do something could leave a page open to people its action refuses, or shut
// people out of a page whose action they may run.
//
// The forms a page shows are found by reading the sources: from the page, through the
// components it renders (function by function, so a file of several forms counts only the
// ones the page uses), to the server actions they post to; each action's command is read
// from the action itself.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ACTION_MINIMUM_ROLE, type Action } from "@/lib/auth/roles";
import type { Command } from "@/lib/actions/command";

const root = process.cwd();

function pageFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pageFiles(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

/** The file an import specifier names, for our own sources ("@/…" or relative); null for packages. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, "index.tsx"), path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

interface SourceFile {
  /** Local name → [file, exported name] for each named import of our own sources. */
  imports: Map<string, [string, string]>;
  /** Top-level function or constant name → its text. */
  symbols: Map<string, string>;
}

const parsed = new Map<string, SourceFile>();
function parse(file: string): SourceFile {
  let source = parsed.get(file);
  if (source) return source;
  const text = fs.readFileSync(file, "utf8");
  const imports = new Map<string, [string, string]>();
  for (const match of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)"/g)) {
    const target = resolveImport(file, match[2]);
    if (!target) continue;
    for (const part of match[1].split(",").map((p) => p.trim()).filter(Boolean)) {
      const [imported, local = imported] = part.replace(/^type\s+/, "").split(/\s+as\s+/);
      imports.set(local, [target, imported]);
    }
  }
  const symbols = new Map<string, string>();
  const starts = [...text.matchAll(/^(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\s+(\w+)|const\s+(\w+))/gm)];
  starts.forEach((match, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].index : text.length;
    symbols.set(match[1] ?? match[2], text.slice(match.index, end));
  });
  source = { imports, symbols };
  parsed.set(file, source);
  return source;
}

const isActionsModule = (file: string) => /[\\/]lib[\\/][\w-]+[\\/]actions\.ts$/.test(file);

/** The server actions (as "lib/<domain>/actions.ts#name") that a piece of source text reaches. */
function actionsReached(file: string, text: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  const source = parse(file);
  const uses = (name: string) => new RegExp(`(?<![\\w.])${name}\\b`).test(text);
  for (const [local, [target, imported]] of source.imports) {
    if (!uses(local)) continue;
    const key = `${path.relative(root, target)}#${imported}`;
    if (isActionsModule(target)) found.add(key);
    else if (!seen.has(key) && /[\\/](components|app)[\\/]/.test(target)) {
      seen.add(key);
      const body = parse(target).symbols.get(imported);
      if (body) for (const action of actionsReached(target, body, seen)) found.add(action);
    }
  }
  // Helpers of the same file that this text calls.
  for (const [name, body] of source.symbols) {
    const key = `${path.relative(root, file)}#${name}`;
    if (body === text || seen.has(key) || !uses(name)) continue;
    seen.add(key);
    for (const action of actionsReached(file, body, seen)) found.add(action);
  }
  return found;
}

/** The permission a page's requireUser asks for (the default, "agreement.read", when it names none). */
function pagePermission(text: string): string | null {
  const call = text.match(/requireUser\(((?:[^()]|\([^()]*\))*)\)/);
  if (!call) return null;
  const named = call[1].match(/,\s*"([^"]+)"\s*$/);
  return named ? named[1] : "agreement.read";
}

const pages = pageFiles(path.join(root, "app", "(app)")).map((file) => [path.relative(root, file), file] as const);

describe("each page's permission", () => {
  const commandOf = new Map<string, Command<never, unknown>>();
  beforeAll(async () => {
    const libDir = path.join(root, "lib");
    for (const domain of fs.readdirSync(libDir)) {
      const file = path.join(libDir, domain, "actions.ts");
      if (!fs.existsSync(file)) continue;
      const loaded = (await import(/* @vite-ignore */ file)) as Record<string, { command?: Command<never, unknown> }>;
      for (const [name, action] of Object.entries(loaded)) {
        if (action.command) commandOf.set(`${path.relative(root, file)}#${name}`, action.command);
      }
    }
  });

  it("finds the pages and the forms they show (the reader works)", () => {
    const reached = (page: string) => [...actionsReached(path.join(root, page), fs.readFileSync(path.join(root, page), "utf8"))].sort();
    expect(pages.length).toBeGreaterThanOrEqual(18);
    expect(reached("app/(app)/agreements/new/page.tsx")).toEqual(["lib/agreements/actions.ts#createAgreement"]);
    // The profile shows the own-password form but not the administrators' forms of the same file.
    expect(reached("app/(app)/profile/page.tsx")).toEqual([
      "lib/reminders/actions.ts#updateReminderSettings",
      "lib/users/actions.ts#changeOwnPassword",
      "lib/users/actions.ts#chooseLanguage",
      "lib/users/actions.ts#regenerateCalendarToken",
    ]);
    expect(reached("app/(app)/reference-lists/page.tsx")).toContain("lib/reference-lists/actions.ts#saveFocusArea");
  });

  it.each(pages)("%s asks requireUser for a permission of the one table", (_name, file) => {
    const permission = pagePermission(fs.readFileSync(file, "utf8"));
    expect(permission, "the page must call requireUser(returnTo, permission)").not.toBeNull();
    expect(Object.keys(ACTION_MINIMUM_ROLE)).toContain(permission);
  });

  it.each(pages)("%s asks for the permission of each command it submits, or shows the command only behind can()", (_name, file) => {
    const text = fs.readFileSync(file, "utf8");
    const permission = pagePermission(text) as Action;
    const mismatched: string[] = [];
    for (const action of actionsReached(file, text)) {
      const command = commandOf.get(action);
      expect(command, `${action} must be built from a command`).toBeDefined();
      if (command!.permission === permission) continue;
      const gated = new RegExp(`(?:\\bcan\\(\\s*\\w+\\s*,\\s*|currentUserCan\\(\\s*)"${command!.permission.replace(".", "\\.")}"`).test(text);
      // A command behind can() is a control only those allowed to run it see.
      if (!gated) {
        mismatched.push(`${action} needs ${command!.permission}, the page asks ${permission}`);
      }
    }
    expect(mismatched).toEqual([]);
  });
});
