// One way to write a change: a command names the permission it needs, the zod
// schema of its input and the service call that does the work. `executeCommand`
// runs any command the same way:
//   session → permission → storable text → zod parse (unknown keys refused) → service in a transaction
//   (which writes its audit event; tried again when another writer got there first) → typed result.
// It knows nothing of Next.js, so tests run commands on a real database directly.
import { z } from "zod";
import { can, type Action } from "../auth/roles";
import type { CurrentUser } from "../auth/current-user-type";
import { DomainError } from "../errors";
import { errorText, isErrorKey, translatorFor, type SuccessKey, type Translator } from "../i18n/translator";
import { firstUnstorableText } from "./storable-text";
import { retryTransient } from "./transient-errors";
import type { Database, DatabaseTransaction } from "../prisma-client";

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = unknown> =
  | { status: "success"; data: T; message?: string }
  | { status: "error"; formError?: string; fieldErrors?: FieldErrors; code?: string };

export interface Command<S extends z.ZodType, R> {
  name: string;
  permission: Action;
  schema: S;
  run(tx: DatabaseTransaction, input: z.output<S>, actor: CurrentUser): Promise<R>;
  /** Pages whose data the change affects. */
  revalidate?(result: R, input: z.output<S>): string[];
  successMessage?: SuccessKey;
  /**
   * Checks made before the transaction, whose own writes must stay even when the command
   * is refused (a failed password check counted for throttling). Throws DomainError to refuse.
   */
  guard?(db: Database, input: z.output<S>, actor: CurrentUser): Promise<void>;
  /** For long writes such as imports; most commands finish well within the default. */
  transactionTimeoutMs?: number;
}

export function defineCommand<S extends z.ZodType, R>(command: Command<S, R>): Command<S, R> {
  return command;
}

/** Our message for a zod issue: the key a schema gave, else one for zod's own kinds of issue. */
function messageKeyOf(issue: z.core.$ZodIssue): string {
  if (isErrorKey(issue.message)) return issue.message;
  if (issue.code === "unrecognized_keys") return "unknownFields";
  if (issue.code === "too_big") return issue.origin === "string" ? "tooLong" : "tooMany";
  return "invalidValue";
}

/** The numbers a zod issue carries (a limit, say), for its message. */
function issueValues(issue: z.core.$ZodIssue): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  if (issue.code === "unrecognized_keys") values.keys = issue.keys.join(", ");
  if ("maximum" in issue) values.maximum = Number(issue.maximum);
  if ("minimum" in issue) values.minimum = Number(issue.minimum);
  if ("params" in issue && issue.params) Object.assign(values, issue.params);
  return values;
}

/** zod's issues as messages per field path ("parties.0.organizationId"), in the translator's language. */
export function fieldErrorsOf(error: z.ZodError, t: Translator = translatorFor()): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    (errors[key] ??= []).push(errorText(t, messageKeyOf(issue), issueValues(issue)));
  }
  return errors;
}

export async function executeCommand<S extends z.ZodType, R>(
  command: Command<S, R>,
  actor: CurrentUser | null,
  rawInput: unknown,
  db: Database,
  t: Translator = translatorFor(),
): Promise<{ result: ActionResult<R>; revalidate: string[] }> {
  if (!actor) {
    console.warn(`[pacta] refused ${command.name} for an anonymous caller`);
    return { result: { status: "error", code: "UNAUTHENTICATED", formError: t("errors.signedOut") }, revalidate: [] };
  }
  if (!can(actor, command.permission)) {
    console.warn(`[pacta] refused ${command.name} for ${actor.email} (${actor.role})`);
    return { result: { status: "error", code: "FORBIDDEN", formError: t("errors.forbidden") }, revalidate: [] };
  }
  // A form posted as FormData arrives as its fields (files included); everything else as sent.
  const input = rawInput instanceof FormData ? Object.fromEntries(rawInput.entries()) : rawInput;
  const unstorable = firstUnstorableText(input);
  if (unstorable !== null) {
    const message = t("errors.unstorableText");
    const fieldErrors = { [unstorable]: [message] };
    return { result: { status: "error", code: "INVALID", formError: unstorable === "_form" ? message : t("errors.invalid"), fieldErrors }, revalidate: [] };
  }
  const parsed = command.schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error, t);
    const formError = fieldErrors._form?.join(" ") ?? t("errors.invalid");
    return { result: { status: "error", code: "INVALID", formError, fieldErrors }, revalidate: [] };
  }
  try {
    await command.guard?.(db, parsed.data, actor);
    const data = await retryTransient(() =>
      db.$transaction((tx) => command.run(tx, parsed.data, actor), { timeout: command.transactionTimeoutMs ?? 20_000, maxWait: 10_000 }),
    );
    return {
      result: { status: "success", data, message: command.successMessage && t(`success.${command.successMessage}`) },
      revalidate: command.revalidate?.(data, parsed.data) ?? [],
    };
  } catch (error) {
    if (error instanceof DomainError) {
      const message = errorText(t, error.key, error.values);
      return {
        result: {
          status: "error",
          code: error.code,
          // A message about one field is shown next to it; the form says only that something needs attention.
          formError: error.field ? t("errors.invalid") : message,
          fieldErrors: error.field ? { [error.field]: [message] } : undefined,
        },
        revalidate: [],
      };
    }
    console.error(`[pacta] ${command.name} failed`, error);
    return { result: { status: "error", code: "UNEXPECTED", formError: t("errors.unexpected") }, revalidate: [] };
  }
}
