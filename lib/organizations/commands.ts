import { defineCommand } from "../actions/command";
import { CreateOrganizationSchema, DeleteOrganizationSchema, MergeOrganizationsSchema, UpdateOrganizationSchema } from "./schema";
import { createOrganization, deleteOrganization, mergeOrganizations, updateOrganization } from "./service";

const pages = (...ids: string[]) => ["/organizations", "/agreements", ...ids.map((id) => `/organizations/${id}`)];

export const organizationCommands = {
  createOrganization: defineCommand({
    name: "organization.create",
    permission: "directory.write",
    schema: CreateOrganizationSchema,
    run: createOrganization,
    revalidate: (r) => pages(r.id),
  }),
  updateOrganization: defineCommand({
    name: "organization.update",
    permission: "directory.write",
    schema: UpdateOrganizationSchema,
    run: updateOrganization,
    revalidate: (r) => pages(r.id),
  }),
  deleteOrganization: defineCommand({
    name: "organization.delete",
    permission: "directory.write",
    schema: DeleteOrganizationSchema,
    run: deleteOrganization,
    revalidate: () => pages(),
  }),
  mergeOrganizations: defineCommand({
    name: "organization.merge",
    permission: "directory.write",
    schema: MergeOrganizationsSchema,
    run: mergeOrganizations,
    revalidate: (r) => pages(r.id),
  }),
};
