// Accounts from the campus directory: what a person signed in at the university's identity
// provider (OpenID Connect or SAML) gets in Pacta. The rules (issue 19, decision 014):
// - a known identity (provider + subject) signs in to its linked account;
// - otherwise an active account with the same e-mail, vouched for by the provider, is linked,
//   never duplicated;
// - otherwise an allowed person (e-mail domain or group) gets a new account;
// - a deactivated account stays out, whatever the provider says;
// - the role follows the groups at every sign-in when a group mapping is configured
//   (admin groups, then editor groups, else viewer), never lowering a break-glass administrator.
// Every sign-in, creation, link and refusal is written to the audit log, with the change.
import { retryTransient } from "../../actions/transient-errors";
import { recordAudit } from "../../audit/record-audit";
import type { Database, DatabaseTransaction } from "../../prisma-client";
import type { Role } from "../roles";
import type { SignedInUser } from "../sign-in";
import { directoryRules, passwordSignInSettings, type DirectoryRules } from "./settings";

export type SsoProvider = "oidc" | "saml";

/** What the identity provider says about the person, after its response was verified. */
export interface DirectoryPerson {
  provider: SsoProvider;
  /** The provider's stable identifier of the person (OIDC `sub`, SAML NameID). */
  subject: string;
  email: string | null;
  /** Whether the provider vouches for the e-mail (OIDC `email_verified`; a signed SAML assertion does). */
  emailVerified: boolean;
  name: string | null;
  groups: string[];
}

/** Why a directory sign-in was refused; each has a message under `sso.refused.<reason>`. */
export type SsoRefusal = "deactivated" | "not-allowed" | "no-email" | "invalid-response";

export type DirectorySignInOutcome =
  | { status: "signed-in"; user: SignedInUser; created: boolean; linked: boolean }
  | { status: "refused"; reason: SsoRefusal };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const USER_FIELDS = { id: true, email: true, name: true, role: true, active: true, sessionVersion: true } as const;

/** The role the groups give: ADMIN for a member of an admin group, EDITOR of an editor group, else VIEWER. */
export function mappedRole(groups: readonly string[], rules: DirectoryRules): Role {
  if (groups.some((group) => rules.adminGroups.includes(group))) return "ADMIN";
  if (groups.some((group) => rules.editorGroups.includes(group))) return "EDITOR";
  return "VIEWER";
}

/** Whether the directory decides roles at all: only when a group mapping is configured. */
function rolesFromDirectory(rules: DirectoryRules): boolean {
  return rules.adminGroups.length > 0 || rules.editorGroups.length > 0;
}

/** Whether a person without an account may have one created: by e-mail domain, or by membership of an allowed or mapped group. */
export function mayCreateAccount(person: Pick<DirectoryPerson, "email" | "groups">, rules: DirectoryRules): boolean {
  const domain = person.email?.split("@").pop()?.toLowerCase();
  if (domain && rules.allowedDomains.includes(domain)) return true;
  const groups = [...rules.allowedGroups, ...rules.editorGroups, ...rules.adminGroups];
  return person.groups.some((group) => groups.includes(group));
}

/**
 * Signs in `person` (already verified by the OIDC or SAML layer) following the rules above, in one
 * transaction with its audit events. `address` is the client's IP address, when known.
 * Returns the account to open a session for, or the reason for refusal (also audited).
 */
export async function signInFromDirectory(
  db: Database,
  person: DirectoryPerson,
  address: string | null = null,
  rules: DirectoryRules = directoryRules(),
  breakGlassAdmins: readonly string[] = passwordSignInSettings().breakGlassAdmins,
): Promise<DirectorySignInOutcome> {
  const email = person.email?.trim().toLowerCase() || null;
  // Two first sign-ins of one person at once (two tabs, two server processes) both find no account and
  // both create one: the second meets the unique e-mail or identity and, tried again, finds the first's.
  for (let attempt = 1; ; attempt++) {
    try {
      return await retryTransient(() => signInOnce(db, person, email, address, rules, breakGlassAdmins));
    } catch (error) {
      if (attempt >= 3 || (error as { code?: unknown })?.code !== "P2002") throw error;
    }
  }
}

async function signInOnce(
  db: Database,
  person: DirectoryPerson,
  email: string | null,
  address: string | null,
  rules: DirectoryRules,
  breakGlassAdmins: readonly string[],
): Promise<DirectorySignInOutcome> {
  return db.$transaction(async (tx) => {
    const identity = await tx.userIdentity.findUnique({
      where: { provider_subject: { provider: person.provider, subject: person.subject } },
      select: { id: true, user: { select: USER_FIELDS } },
    });
    if (identity) {
      if (!identity.user.active) return refuse(tx, person, email, address, "deactivated", identity.user.id);
      await tx.userIdentity.update({ where: { id: identity.id }, data: { lastSignInAt: new Date(), ...(email ? { email } : {}) } });
      return signIn(tx, identity.user, person, address, rules, breakGlassAdmins, { created: false, linked: false });
    }
    if (!email || !EMAIL.test(email) || !person.emailVerified) return refuse(tx, person, email, address, "no-email", null);
    const existing = await tx.user.findUnique({ where: { email }, select: USER_FIELDS });
    if (existing) {
      if (!existing.active) return refuse(tx, person, email, address, "deactivated", existing.id);
      await tx.userIdentity.create({ data: { userId: existing.id, provider: person.provider, subject: person.subject, email } });
      await recordAudit(tx, {
        actorId: existing.id,
        action: "sso.account-linked",
        entityType: "User",
        entityId: existing.id,
        changes: { identity: { before: null, after: `${person.provider}:${person.subject}` } },
      });
      return signIn(tx, existing, person, address, rules, breakGlassAdmins, { created: false, linked: true });
    }
    if (!mayCreateAccount({ email, groups: person.groups }, rules)) return refuse(tx, person, email, address, "not-allowed", null);
    const role = rolesFromDirectory(rules) ? mappedRole(person.groups, rules) : "VIEWER";
    // No password: an empty hash matches none (lib/auth/password.ts); the person may set one later only through an administrator.
    const created = await tx.user.create({
      data: { email, name: person.name?.trim() || email, role, passwordHash: "", identities: { create: { provider: person.provider, subject: person.subject, email } } },
      select: USER_FIELDS,
    });
    await recordAudit(tx, {
      actorId: created.id,
      action: "sso.account-created",
      entityType: "User",
      entityId: created.id,
      after: { email, name: created.name, role, identity: `${person.provider}:${person.subject}` },
    });
    return signIn(tx, created, person, address, rules, breakGlassAdmins, { created: true, linked: false });
  });
}

type AccountRow = { id: string; email: string; name: string; role: Role; active: boolean; sessionVersion: number };

async function signIn(
  tx: DatabaseTransaction,
  user: AccountRow,
  person: DirectoryPerson,
  address: string | null,
  rules: DirectoryRules,
  breakGlassAdmins: readonly string[],
  how: { created: boolean; linked: boolean },
): Promise<DirectorySignInOutcome> {
  let role = user.role;
  if (rolesFromDirectory(rules) && !how.created) {
    const mapped = mappedRole(person.groups, rules);
    // A break-glass administrator is never lowered by the directory: they are the way back in when it is wrong.
    const keep = breakGlassAdmins.includes(user.email) && user.role === "ADMIN";
    if (mapped !== user.role && !keep) {
      await tx.user.update({ where: { id: user.id }, data: { role: mapped } });
      await recordAudit(tx, { actorId: user.id, action: "sso.role-changed", entityType: "User", entityId: user.id, before: { role: user.role }, after: { role: mapped } });
      role = mapped;
    }
  }
  await recordAudit(tx, {
    actorId: user.id,
    action: "sso.signed-in",
    entityType: "SignIn",
    entityId: user.email,
    changes: { provider: { before: null, after: person.provider }, address: { before: null, after: address } },
  });
  return { status: "signed-in", user: { id: user.id, email: user.email, name: user.name, role, sessionVersion: user.sessionVersion }, ...how };
}

async function refuse(
  tx: DatabaseTransaction,
  person: Pick<DirectoryPerson, "provider" | "subject">,
  email: string | null,
  address: string | null,
  reason: SsoRefusal,
  userId: string | null,
): Promise<DirectorySignInOutcome> {
  await recordSsoRefusal(tx, person.provider, email ?? `${person.provider}:${person.subject}`, reason, address, userId);
  return { status: "refused", reason };
}

/**
 * Writes the audit event of a refused single sign-on: `who` is the e-mail when known, else the
 * provider's subject or "unknown"; `detail` says what was wrong with a response the protocol layer refused.
 */
export async function recordSsoRefusal(
  db: Database | DatabaseTransaction,
  provider: SsoProvider,
  who: string,
  reason: SsoRefusal,
  address: string | null,
  userId: string | null = null,
  detail: string | null = null,
) {
  await recordAudit(db, {
    actorId: userId,
    action: "sso.refused",
    entityType: "SignIn",
    entityId: who,
    changes: {
      provider: { before: null, after: provider },
      reason: { before: null, after: reason },
      address: { before: null, after: address },
      ...(detail ? { detail: { before: null, after: detail.slice(0, 300) } } : {}),
    },
  });
}
