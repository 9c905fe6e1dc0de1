// Who may do what. The one place where roles are compared: pages, server actions
// and route handlers all ask `can(user, action)`.

import { ROLES, type Role } from "../enumerations";

export { ROLES, type Role };

const RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2 };

/** The least role each action needs. */
export const ACTION_MINIMUM_ROLE = {
  "agreement.read": "VIEWER",
  "agreement.write": "EDITOR",
  "directory.write": "EDITOR",
  "reference-list.manage": "ADMIN",
  "user.manage": "ADMIN",
  "audit.read": "ADMIN",
} as const satisfies Record<string, Role>;

export type Action = keyof typeof ACTION_MINIMUM_ROLE;

export interface Actor {
  role: Role;
  active: boolean;
}

export function hasRole(actor: Actor | null | undefined, minimum: Role): boolean {
  return !!actor && actor.active && RANK[actor.role] >= RANK[minimum];
}

export function can(actor: Actor | null | undefined, action: Action): boolean {
  return hasRole(actor, ACTION_MINIMUM_ROLE[action]);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

