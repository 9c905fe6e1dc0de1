// The one rule for the address people use to reach Pacta (PACTA_PUBLIC_URL): required
// for a production server, checked at start. It decides whether cookies are Secure
// (https) and which Origin a form post must come from; no request header can change
// either. NEXTAUTH_URL, the older name, is still read when PACTA_PUBLIC_URL is unset.
// Plain JavaScript with no imports, so that `npm start` can use it before installing.

/**
 * `{ origin }` (such as "https://pacta.example.edu", no trailing slash) from the
 * environment, or `{ problem }`: a sentence saying what is wrong.
 */
export function publicUrl(env = process.env) {
  const name = env.PACTA_PUBLIC_URL ? "PACTA_PUBLIC_URL" : env.NEXTAUTH_URL ? "NEXTAUTH_URL" : null;
  if (!name) return { problem: "PACTA_PUBLIC_URL is not set. Set it to the address people use to reach Pacta, such as https://pacta.example.edu (npm start writes http://localhost:3000 to .env)." };
  let url;
  try {
    url = new URL(env[name]);
  } catch {
    return { problem: `${name} ("${env[name]}") is not an address such as https://pacta.example.edu.` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { problem: `${name} must start with https:// (or http:// on a test machine).` };
  if (url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) {
    return { problem: `${name} must be only a scheme, host and port (such as https://pacta.example.edu), without a path.` };
  }
  return { origin: url.origin };
}

/** Whether cookies must be Secure (and carry the __Secure-/__Host- prefixes): the public address is https. */
export function servedOverHttps(env = process.env) {
  const { origin } = publicUrl(env);
  return !!origin && origin.startsWith("https://");
}
