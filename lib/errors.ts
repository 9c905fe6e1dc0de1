// Errors that a person can act on. Services throw them; the action helper turns them
// into a message where the person is looking. Anything else is a bug: logged, and
// shown as a generic message.

export type DomainErrorCode = "NOT_FOUND" | "CONFLICT" | "INVALID" | "IN_USE";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
