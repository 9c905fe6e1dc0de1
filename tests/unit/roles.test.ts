import { describe, expect, it } from "vitest";
import { ACTION_MINIMUM_ROLE, can, hasRole, isRole, ROLES, type Action, type Role } from "@/lib/auth/roles";

const actor = (role: Role, active = true) => ({ role, active });

describe("role checks", () => {
  it("ranks viewer < editor < admin", () => {
    expect(hasRole(actor("VIEWER"), "VIEWER")).toBe(true);
    expect(hasRole(actor("VIEWER"), "EDITOR")).toBe(false);
    expect(hasRole(actor("EDITOR"), "EDITOR")).toBe(true);
    expect(hasRole(actor("EDITOR"), "ADMIN")).toBe(false);
    expect(hasRole(actor("ADMIN"), "VIEWER")).toBe(true);
    expect(hasRole(actor("ADMIN"), "ADMIN")).toBe(true);
  });

  it("gives nothing to anonymous visitors or deactivated accounts", () => {
    for (const action of Object.keys(ACTION_MINIMUM_ROLE) as Action[]) {
      expect(can(null, action)).toBe(false);
      expect(can(undefined, action)).toBe(false);
      expect(can(actor("ADMIN", false), action)).toBe(false);
    }
  });

  it("lets viewers read only, editors write agreements and directories, admins manage users and lists", () => {
    const allowed = (role: Role) => (Object.keys(ACTION_MINIMUM_ROLE) as Action[]).filter((a) => can(actor(role), a)).sort();
    expect(allowed("VIEWER")).toEqual(["agreement.read"]);
    expect(allowed("EDITOR")).toEqual(["agreement.read", "agreement.write", "directory.write"]);
    expect(allowed("ADMIN")).toEqual(Object.keys(ACTION_MINIMUM_ROLE).sort());
  });

  it("recognises only the three roles", () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const value of ["admin", "ROOT", "", null, 1]) expect(isRole(value)).toBe(false);
  });
});
