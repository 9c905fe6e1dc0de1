// Errors that a person can act on. Services throw them; the action helper turns them
// into a message where the person is looking, in the person's language. Anything else
// is a bug: logged, and shown as a generic message.
// It depends on the catalogues' keys (lib/i18n), never the other way round.
import type { ErrorKey, MessagePart, MessageValues } from "./i18n/translator";

export type { MessagePart, MessageValues };

export type DomainErrorCode = "NOT_FOUND" | "CONFLICT" | "INVALID" | "IN_USE";

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
