"use server";
// The people directory's server actions.
import { serverAction } from "../actions/server-action";
import { personCommands } from "./commands";

const toPerson = (result: { id: string }) => `/people/${result.id}`;

export const createPerson = serverAction(personCommands.createPerson, { redirectTo: toPerson });
export const updatePerson = serverAction(personCommands.updatePerson, { redirectTo: toPerson });
export const deletePerson = serverAction(personCommands.deletePerson, { redirectTo: () => "/people" });
export const mergePeople = serverAction(personCommands.mergePeople, { redirectTo: toPerson });
