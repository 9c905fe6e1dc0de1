// The one rule for NEXTAUTH_SECRET, which signs every session: in production it must
// be long and random. Used by `npm start` before anything else, and by the server
// itself at start-up (instrumentation.ts), whichever way it is started.
// Plain JavaScript with no imports, so that `npm start` can use it before installing.

const PLACEHOLDERS = /^(secret|changeme|change-me|password|development|test|x+|0+)$/i;

/** What is wrong with `secret` for a production server, or null when nothing is. */
export function sessionSecretProblem(secret) {
  if (!secret) return "NEXTAUTH_SECRET is not set. Set it to a random value of at least 32 characters (npm start writes one to .env).";
  if (secret.length < 32) return "NEXTAUTH_SECRET is shorter than 32 characters. Use a random value (for example: openssl rand -base64 32).";
  if (PLACEHOLDERS.test(secret) || new Set(secret).size < 8) return "NEXTAUTH_SECRET looks like a placeholder, not a random value.";
  return null;
}
