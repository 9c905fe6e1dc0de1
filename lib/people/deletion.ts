// What deleting a person would do, told on their page before the person confirms.
import "server-only";
import { db } from "../db";
import { personUsage, type PersonUsage } from "./usage";

/** `personUsage` on the app's database: the agreements the person appears on (none: they can be deleted). */
export function personDeletion(id: string): Promise<PersonUsage | null> {
  return personUsage(db, id);
}
