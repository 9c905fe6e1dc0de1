import type { Messages } from "./translator";

export type Namespace = keyof Messages;

/**
 * What every page's browser code translates: the header, the sign-in form, the forms' own words and the
 * labels of codes. Pages with more browser code add their namespaces with <ClientMessages>, so that a page
 * sends only the words its browser code needs (the whole catalogue would add some 35 KB to each page).
 */
export const BASE_CLIENT_NAMESPACES: Namespace[] = ["shell", "signIn", "forms", "labels", "roles", "agreementLabel"];

export function pickMessages(messages: Messages, namespaces: readonly Namespace[]): Partial<Messages> {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
}
