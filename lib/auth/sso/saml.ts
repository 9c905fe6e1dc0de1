// SAML 2.0 sign-in as a service provider, with @node-saml/node-saml (decision 014). Pacta sends
// an AuthnRequest by redirect and takes the IdP's answer at its assertion consumer service (POST
// binding). An answer is accepted only if
// - the assertion is signed by a certificate of the IdP's metadata (node-saml),
// - its audience is Pacta's entity ID and its time window holds, 60 s of clock skew allowed (node-saml),
// - it answers a request Pacta made in the last 10 minutes, once (InResponseTo, kept in the database
//   so that every server process knows it; node-saml), so unsolicited answers are refused,
// - its recipient (SubjectConfirmationData/@Recipient) and the response's Destination are Pacta's ACS, and
// - its assertion ID was never accepted before (replay).
// Anything else is refused and audited ("sso.refused", reason "invalid-response", with what was wrong).
import fs from "node:fs/promises";
import { DOMParser } from "@xmldom/xmldom";
import { SAML, ValidateInResponseTo, type CacheProvider, type Profile } from "@node-saml/node-saml";
import type { Database } from "../../prisma-client";
import { safeReturnPath } from "../return-path";
import { recordSsoRefusal, signInFromDirectory, type DirectoryPerson, type SsoRefusal } from "./provisioning";
import { SAML_PATHS, type SamlSettings } from "./settings";
import type { SignedInUser } from "../sign-in";

const MD = "urn:oasis:names:tc:SAML:2.0:metadata";
const DS = "http://www.w3.org/2000/09/xmldsig#";
const ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
const PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
const REDIRECT_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

/** How long a request waits for its answer. */
const REQUEST_SECONDS = 10 * 60;
const CLOCK_SKEW_MS = 60_000;
const METADATA_CACHE_MS = 10 * 60_000;

export interface IdentityProvider {
  entityId: string;
  /** The SingleSignOnService location for the HTTP-Redirect binding. */
  ssoUrl: string;
  /** Signing certificates, base64 DER (as in the metadata). */
  certificates: string[];
}

/** Reads the IdP's metadata XML. Throws with a sentence when it lacks an IDPSSODescriptor, a redirect SSO location or a signing certificate. */
export function parseIdpMetadata(xml: string): IdentityProvider {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const entity = doc.getElementsByTagNameNS(MD, "EntityDescriptor")[0];
  const descriptor = doc.getElementsByTagNameNS(MD, "IDPSSODescriptor")[0];
  if (!entity || !descriptor) throw new Error("The SAML IdP metadata has no EntityDescriptor with an IDPSSODescriptor.");
  const services = Array.from(descriptor.getElementsByTagNameNS(MD, "SingleSignOnService"));
  const redirect = services.find((s) => s.getAttribute("Binding") === REDIRECT_BINDING);
  if (!redirect?.getAttribute("Location")) throw new Error("The SAML IdP metadata has no SingleSignOnService for the HTTP-Redirect binding.");
  const certificates = Array.from(descriptor.getElementsByTagNameNS(MD, "KeyDescriptor"))
    .filter((key) => (key.getAttribute("use") ?? "signing") === "signing")
    .flatMap((key) => Array.from(key.getElementsByTagNameNS(DS, "X509Certificate")))
    .map((node) => (node.textContent ?? "").replace(/\s+/g, ""))
    .filter(Boolean);
  if (certificates.length === 0) throw new Error("The SAML IdP metadata has no signing certificate.");
  return { entityId: entity.getAttribute("entityID") ?? "", ssoUrl: redirect.getAttribute("Location")!, certificates };
}

const metadataCache = new Map<string, { at: number; idp: Promise<IdentityProvider> }>();

/** The IdP described by `source` (a file path or an http(s) URL), re-read every 10 minutes (certificate rollover). */
export function identityProvider(source: string, now = Date.now()): Promise<IdentityProvider> {
  const cached = metadataCache.get(source);
  if (cached && now - cached.at < METADATA_CACHE_MS) return cached.idp;
  const idp = (async () => {
    const xml = /^https?:\/\//i.test(source)
      ? await fetch(source, { signal: AbortSignal.timeout(10_000) }).then((r) => {
          if (!r.ok) throw new Error(`The SAML IdP metadata at ${source} answered ${r.status}.`);
          return r.text();
        })
      : await fs.readFile(source, "utf8");
    return parseIdpMetadata(xml);
  })();
  metadataCache.set(source, { at: now, idp });
  idp.catch(() => metadataCache.delete(source));
  return idp;
}

/** node-saml's request cache, in the database: every server process sees every request. */
function databaseCache(db: Database): CacheProvider {
  const key = (id: string) => `saml-request:${id}`;
  return {
    async saveAsync(id, value) {
      const createdAt = new Date();
      await db.ssoOneTimeValue.deleteMany({ where: { expiresAt: { lt: createdAt } } });
      await db.ssoOneTimeValue.create({ data: { key: key(id), value, expiresAt: new Date(createdAt.getTime() + REQUEST_SECONDS * 1000) } });
      return { value, createdAt: createdAt.getTime() };
    },
    async getAsync(id) {
      const row = await db.ssoOneTimeValue.findFirst({ where: { key: key(id), expiresAt: { gt: new Date() } } });
      return row?.value ?? null;
    },
    async removeAsync(id) {
      if (!id) return null;
      const { count } = await db.ssoOneTimeValue.deleteMany({ where: { key: key(id) } });
      return count ? id : null;
    },
  };
}

function acsUrl(settings: SamlSettings) {
  return `${settings.origin}${SAML_PATHS.acs}`;
}

function serviceProvider(db: Database | null, settings: SamlSettings, idp: IdentityProvider | null): SAML {
  return new SAML({
    issuer: settings.spEntityId,
    callbackUrl: acsUrl(settings),
    entryPoint: idp?.ssoUrl,
    // Only for the SP metadata, which needs no IdP: node-saml requires a certificate option.
    idpCert: idp?.certificates ?? ["-"],
    audience: settings.spEntityId,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_SECONDS * 1000,
    ...(db ? { cacheProvider: databaseCache(db) } : {}),
    // Let the IdP choose the NameID format and how people authenticate (Entra ID and ADFS refuse some requests otherwise).
    identifierFormat: null,
    disableRequestedAuthnContext: true,
    signatureAlgorithm: "sha256",
    digestAlgorithm: "sha256",
  });
}

/** Pacta's SP metadata (entity ID, ACS with the POST binding, signed assertions wanted), for the IdP's administrator. */
export function serviceProviderMetadata(settings: SamlSettings): string {
  return serviceProvider(null, settings, null).generateServiceProviderMetadata(null);
}

/** The IdP address to send the browser to, with a request remembered for its answer; `returnTo` comes back as RelayState. */
export async function startSamlSignIn(db: Database, settings: SamlSettings, returnTo: string): Promise<string> {
  const idp = await identityProvider(settings.idpMetadata);
  return serviceProvider(db, settings, idp).getAuthorizeUrlAsync(safeReturnPath(returnTo), undefined, {});
}

export type SamlSignInOutcome =
  | { status: "signed-in"; user: SignedInUser; returnTo: string }
  | { status: "refused"; reason: SsoRefusal };

function firstValue(profile: Profile, names: string[]): string[] {
  for (const name of names) {
    const value = profile[name];
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string" && v.trim() !== "");
    if (values.length) return values;
  }
  return [];
}

/** The checks node-saml leaves to us: recipient, destination and a never-seen assertion ID. Returns what is wrong, or null. */
async function ourChecks(db: Database, settings: SamlSettings, profile: Profile): Promise<string | null> {
  const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");
  const assertion = parse(profile.getAssertionXml?.() ?? "");
  const confirmations = Array.from(assertion.getElementsByTagNameNS(ASSERTION, "SubjectConfirmationData"));
  if (confirmations.length === 0 || confirmations.some((c) => c.getAttribute("Recipient") !== acsUrl(settings))) {
    return `the assertion's recipient is not ${acsUrl(settings)}`;
  }
  const response = parse(profile.getSamlResponseXml?.() ?? "").getElementsByTagNameNS(PROTOCOL, "Response")[0];
  const destination = response?.getAttribute("Destination");
  if (destination && destination !== acsUrl(settings)) return `the response's destination is not ${acsUrl(settings)}`;
  const root = assertion.documentElement;
  const id = root?.getAttribute("ID");
  if (!id) return "the assertion has no ID";
  const conditions = assertion.getElementsByTagNameNS(ASSERTION, "Conditions")[0];
  const until = Date.parse(conditions?.getAttribute("NotOnOrAfter") ?? "");
  const expiresAt = new Date(Math.max(Number.isNaN(until) ? 0 : until, Date.now()) + CLOCK_SKEW_MS + REQUEST_SECONDS * 1000);
  try {
    await db.ssoOneTimeValue.create({ data: { key: `saml-assertion:${profile.issuer}:${id}`, value: profile.nameID, expiresAt } });
  } catch {
    return "the assertion was already used (replay)";
  }
  return null;
}

/**
 * Checks the IdP's answer (the POST body's SAMLResponse and RelayState) and signs the person in
 * with the rules of lib/auth/sso/provisioning.ts. `address`: the client's IP address, when known.
 */
export async function finishSamlSignIn(db: Database, settings: SamlSettings, body: Record<string, string>, address: string | null): Promise<SamlSignInOutcome> {
  let profile: Profile;
  try {
    const idp = await identityProvider(settings.idpMetadata);
    const result = await serviceProvider(db, settings, idp).validatePostResponseAsync({ SAMLResponse: body.SAMLResponse ?? "" });
    if (!result.profile || result.loggedOut) throw new Error("the response carries no assertion");
    profile = result.profile;
    const problem = await ourChecks(db, settings, profile);
    if (problem) throw new Error(problem);
  } catch (error) {
    await recordSsoRefusal(db, "saml", "unknown", "invalid-response", address, null, (error as Error).message);
    return { status: "refused", reason: "invalid-response" };
  }
  const person: DirectoryPerson = {
    provider: "saml",
    subject: profile.nameID,
    email: firstValue(profile, settings.emailAttributes)[0] ?? null,
    // The e-mail is in an assertion the IdP signed: the institution vouches for it.
    emailVerified: true,
    name: firstValue(profile, settings.nameAttributes)[0] ?? null,
    groups: firstValue(profile, settings.groupAttributes),
  };
  const outcome = await signInFromDirectory(db, person, address);
  if (outcome.status === "refused") return outcome;
  return { status: "signed-in", user: outcome.user, returnTo: safeReturnPath(body.RelayState) };
}
