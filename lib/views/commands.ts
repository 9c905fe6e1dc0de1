// The saved views' commands. Reading the list is enough to keep views (see rules.ts).
import { defineCommand } from "../actions/command";
import { DeleteViewSchema, SaveViewSchema, UpdateViewSchema } from "./schema";
import { deleteView, saveView, updateView } from "./service";

const pages = () => ["/agreements"];

export const viewCommands = {
  saveView: defineCommand({ name: "view.save", permission: "agreement.read", schema: SaveViewSchema, run: saveView, revalidate: pages, successMessage: "viewSaved" }),
  updateView: defineCommand({ name: "view.update", permission: "agreement.read", schema: UpdateViewSchema, run: updateView, revalidate: pages, successMessage: "saved" }),
  deleteView: defineCommand({ name: "view.delete", permission: "agreement.read", schema: DeleteViewSchema, run: deleteView, revalidate: pages, successMessage: "deleted" }),
};
