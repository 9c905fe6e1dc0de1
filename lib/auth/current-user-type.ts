import type { Role } from "./roles";

/** The signed-in person, as every page and action sees them. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  /** The interface language the person chose, if any (lib/i18n/locales.ts). */
  locale?: string | null;
}
