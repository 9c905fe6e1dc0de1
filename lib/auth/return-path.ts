// Where to send a user after sign-in: only a path on this site, never another
// origin ("//evil.example", "https://…", "/\\evil"), so the sign-in page cannot be
// used to redirect people elsewhere. next-auth's own /api/auth/signin?callbackUrl=/x
// hands the sign-in page the absolute address on the public URL
// (http://pacta.example.edu/x): that one is kept, as its path.
import { publicUrl } from "../config/public-url.mjs";

export function safeReturnPath(value: string | string[] | null | undefined, fallback = "/", publicOrigin = publicUrl().origin): string {
  let path = Array.isArray(value) ? value[0] : value;
  if (path && publicOrigin && path.startsWith(`${publicOrigin}/`) && !/[\u0000-\u001f]/.test(path)) {
    const url = new URL(path);
    if (url.origin === publicOrigin) path = `${url.pathname}${url.search}${url.hash}`;
  }
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.includes("\\") || /[\u0000-\u001f]/.test(path)) {
    return fallback;
  }
  return path;
}
