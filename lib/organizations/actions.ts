"use server";
// The organisation directory's server actions.
import { serverAction } from "../actions/server-action";
import { organizationCommands } from "./commands";

const toOrganization = (result: { id: string }) => `/organizations/${result.id}`;

export const createOrganization = serverAction(organizationCommands.createOrganization, { redirectTo: toOrganization });
export const updateOrganization = serverAction(organizationCommands.updateOrganization, { redirectTo: toOrganization });
export const deleteOrganization = serverAction(organizationCommands.deleteOrganization, { redirectTo: () => "/organizations" });
export const mergeOrganizations = serverAction(organizationCommands.mergeOrganizations, { redirectTo: toOrganization });
