// Runs once when the server starts, before it answers any request.
// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { sessionSecretProblem } from "./scripts/session-secret.mjs";

export function register() {
  // A production server must not sign sessions with a missing or guessable secret: refuse to start.
  if (process.env.NODE_ENV === "production") {
    const problem = sessionSecretProblem(process.env.NEXTAUTH_SECRET);
    if (problem) throw new Error(`Pacta will not start: ${problem}`);
  }
}
