import type { Role } from "./roles";

/** The signed-in person, as every page and action sees them. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
}
