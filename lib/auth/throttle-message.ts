// How a throttled sign-in is reported from the server to the sign-in form:
// "TooManyAttempts:<seconds>". Shared by both sides, with no server code in it.
export const THROTTLED_PREFIX = "TooManyAttempts:";

export function throttledError(retryAfterSeconds: number): string {
  return `${THROTTLED_PREFIX}${retryAfterSeconds}`;
}
