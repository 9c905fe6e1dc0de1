// Errors that a person can act on. Services throw them; the action helper turns them
// into a message where the person is looking, in the person's language. Anything else
// is a bug: logged, and shown as a generic message.
import type { ErrorKey } from "./i18n/translator";

export type DomainErrorCode = "NOT_FOUND" | "CONFLICT" | "INVALID" | "IN_USE";

/** A message's values; a list of messages is said as a list ("2 agreements as a party, 1 unit and 3 people"). */
export type MessageValues = Record<string, string | number | MessagePart[]>;
export interface MessagePart {
  key: ErrorKey;
  values?: Record<string, string | number>;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    /** The message's key in the `errors` catalogue (lib/i18n/messages). */
    readonly key: ErrorKey,
    readonly field?: string,
    readonly values: MessageValues = {},
  ) {
    super(key);
    this.name = "DomainError";
  }
}
