"use server";
// Server actions for saved views of the agreements list.
import { serverAction } from "../actions/server-action";
import { viewCommands } from "./commands";
import { viewHref } from "./rules";

export const saveView = serverAction(viewCommands.saveView, { redirectTo: viewHref });
export const updateView = serverAction(viewCommands.updateView);
export const deleteView = serverAction(viewCommands.deleteView);
