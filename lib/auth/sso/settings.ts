// The single sign-on settings, read from the environment at each use (so that a test or an
// operator's change takes effect without a rebuild). The one reading of every PACTA_OIDC_*,
// PACTA_SAML_*, PACTA_SSO_*, PACTA_PASSWORD_SIGN_IN and PACTA_BREAK_GLASS_ADMINS variable.
import { publicUrl } from "../../config/public-url.mjs";

type Env = Record<string, string | undefined>;

/** A comma- (or space-) separated list, trimmed, empties dropped. */
function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[,\s]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

const lowerList = (value: string | undefined) => list(value).map((item) => item.toLowerCase());

export interface OidcSettings {
  /** The issuer URL; its /.well-known/openid-configuration is read (discovery). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the button says after "Sign in with" (PACTA_OIDC_NAME); null: the catalogue's generic words. */
  displayName: string | null;
  /** The ID-token claim that lists the person's groups (PACTA_OIDC_GROUPS_CLAIM, default "groups"). */
  groupsClaim: string;
  scopes: string;
}

export interface SamlSettings {
  /** The IdP's metadata: a file path or an http(s) URL (PACTA_SAML_IDP_METADATA). */
  idpMetadata: string;
  displayName: string | null;
  /** Pacta's entity ID (PACTA_SAML_SP_ENTITY_ID; default: the metadata address). */
  spEntityId: string;
  /** Pacta's public address, such as https://pacta.example.edu (PACTA_PUBLIC_URL). */
  origin: string;
  /** Attribute names tried in order for the e-mail, the name and the groups. */
  emailAttributes: string[];
  nameAttributes: string[];
  groupAttributes: string[];
}

export interface DirectoryRules {
  /** E-mail domains whose people may have an account created (PACTA_SSO_ALLOWED_DOMAINS). */
  allowedDomains: string[];
  /** Groups whose members may have an account created (PACTA_SSO_ALLOWED_GROUPS). */
  allowedGroups: string[];
  editorGroups: string[];
  adminGroups: string[];
}

export interface PasswordSignInSettings {
  /** PACTA_PASSWORD_SIGN_IN: "off" switches password sign-in off, except for the break-glass administrators. */
  enabled: boolean;
  /** E-mails of the administrators who may still sign in with a password (PACTA_BREAK_GLASS_ADMINS). */
  breakGlassAdmins: string[];
}

export const SAML_PATHS = {
  metadata: "/api/auth/saml/metadata",
  login: "/api/auth/saml/login",
  acs: "/api/auth/saml/acs",
} as const;

/** The OpenID Connect settings, or null when PACTA_OIDC_ISSUER is not set. Throws when it is set but incomplete. */
export function oidcSettings(env: Env = process.env): OidcSettings | null {
  if (!env.PACTA_OIDC_ISSUER) return null;
  if (!env.PACTA_OIDC_CLIENT_ID || !env.PACTA_OIDC_CLIENT_SECRET) {
    throw new Error("PACTA_OIDC_ISSUER is set: PACTA_OIDC_CLIENT_ID and PACTA_OIDC_CLIENT_SECRET must be set too.");
  }
  return {
    issuer: env.PACTA_OIDC_ISSUER.replace(/\/+$/, ""),
    clientId: env.PACTA_OIDC_CLIENT_ID,
    clientSecret: env.PACTA_OIDC_CLIENT_SECRET,
    displayName: env.PACTA_OIDC_NAME?.trim() || null,
    groupsClaim: env.PACTA_OIDC_GROUPS_CLAIM?.trim() || "groups",
    scopes: env.PACTA_OIDC_SCOPES?.trim() || "openid email profile",
  };
}

// The usual attribute names: eduPerson/SAML2 URIs (Shibboleth, the federations), then ADFS's and Entra ID's claims.
const EMAIL_ATTRIBUTES = ["urn:oid:0.9.2342.19200300.100.1.3", "mail", "email", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"];
const NAME_ATTRIBUTES = ["urn:oid:2.16.840.1.113730.3.1.241", "displayName", "name", "http://schemas.microsoft.com/identity/claims/displayname", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"];
const GROUP_ATTRIBUTES = ["urn:oid:1.3.6.1.4.1.5923.1.1.1.7", "eduPersonEntitlement", "urn:oid:1.3.6.1.4.1.5923.1.5.1.1", "isMemberOf", "groups", "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups"];

/** The SAML settings, or null when PACTA_SAML_IDP_METADATA is not set. */
export function samlSettings(env: Env = process.env): SamlSettings | null {
  if (!env.PACTA_SAML_IDP_METADATA) return null;
  const { origin, problem } = publicUrl(env) as { origin?: string; problem?: string };
  if (!origin) throw new Error(`SAML sign-in needs Pacta's public address: ${problem}`);
  const named = (variable: string | undefined, defaults: string[]) => (list(variable).length ? list(variable) : defaults);
  return {
    idpMetadata: env.PACTA_SAML_IDP_METADATA,
    displayName: env.PACTA_SAML_NAME?.trim() || null,
    spEntityId: env.PACTA_SAML_SP_ENTITY_ID?.trim() || `${origin}${SAML_PATHS.metadata}`,
    origin,
    emailAttributes: named(env.PACTA_SAML_EMAIL_ATTRIBUTE, EMAIL_ATTRIBUTES),
    nameAttributes: named(env.PACTA_SAML_NAME_ATTRIBUTE, NAME_ATTRIBUTES),
    groupAttributes: named(env.PACTA_SAML_GROUPS_ATTRIBUTE, GROUP_ATTRIBUTES),
  };
}

/** Who may have an account created, and the roles groups give. Groups are compared exactly (they are identifiers). */
export function directoryRules(env: Env = process.env): DirectoryRules {
  return {
    allowedDomains: lowerList(env.PACTA_SSO_ALLOWED_DOMAINS).map((domain) => domain.replace(/^@/, "")),
    allowedGroups: list(env.PACTA_SSO_ALLOWED_GROUPS),
    editorGroups: list(env.PACTA_SSO_EDITOR_GROUPS),
    adminGroups: list(env.PACTA_SSO_ADMIN_GROUPS),
  };
}

export function passwordSignInSettings(env: Env = process.env): PasswordSignInSettings {
  const value = (env.PACTA_PASSWORD_SIGN_IN ?? "on").trim().toLowerCase();
  return { enabled: !["off", "false", "0", "no"].includes(value), breakGlassAdmins: lowerList(env.PACTA_BREAK_GLASS_ADMINS) };
}

/**
 * The providers to offer on the sign-in page: a half-configured one is left out with a line in the
 * server log (the page must still answer, for the break-glass administrators), never a server error.
 */
export function configuredProviders(env: Env = process.env): { oidc: OidcSettings | null; saml: SamlSettings | null } {
  const read = <T>(what: string, settings: () => T | null): T | null => {
    try {
      return settings();
    } catch (error) {
      console.error(`[sso] ${what} sign-in is not offered: ${(error as Error).message}`);
      return null;
    }
  };
  return { oidc: read("OpenID Connect", () => oidcSettings(env)), saml: read("SAML", () => samlSettings(env)) };
}
