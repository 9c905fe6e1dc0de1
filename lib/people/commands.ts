import { defineCommand } from "../actions/command";
import { DeletePersonSchema, MergePeopleSchema, PersonSchema, UpdatePersonSchema } from "./schema";
import { createPerson, deletePerson, mergePeople, updatePerson } from "./service";

const pages = (...ids: string[]) => ["/people", "/agreements", ...ids.map((id) => `/people/${id}`)];

export const personCommands = {
  createPerson: defineCommand({ name: "person.create", permission: "directory.write", schema: PersonSchema, run: createPerson, revalidate: (r) => pages(r.id) }),
  updatePerson: defineCommand({ name: "person.update", permission: "directory.write", schema: UpdatePersonSchema, run: updatePerson, revalidate: (r) => pages(r.id) }),
  deletePerson: defineCommand({ name: "person.delete", permission: "directory.write", schema: DeletePersonSchema, run: deletePerson, revalidate: () => pages() }),
  mergePeople: defineCommand({ name: "person.merge", permission: "directory.write", schema: MergePeopleSchema, run: mergePeople, revalidate: (r) => pages(r.id) }),
};
