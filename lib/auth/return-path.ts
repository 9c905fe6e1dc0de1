// Where to send a user after sign-in: only a path on this site, never another
// origin ("//evil.example", "https://…", "/\\evil"), so the sign-in page cannot be
// used to redirect people elsewhere.
export function safeReturnPath(value: string | string[] | null | undefined, fallback = "/"): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.includes("\\") || /[\u0000-\u001f]/.test(path)) {
    return fallback;
  }
  return path;
}
