// What deleting an organisation would do, told before the person confirms.
import "server-only";
import { db } from "../db";
import type { DatabaseTransaction } from "../prisma-client";
import type { MessagePart } from "../errors";
import { organizationUsage } from "./service";

/**
 * The organisation's name and what still refers to it (the same list the delete refuses
 * with, from `organizationUsage`): empty `uses` means it can be deleted; null if it is gone.
 */
export async function organizationDeletion(id: string, database: DatabaseTransaction = db): Promise<{ name: string; uses: MessagePart[] } | null> {
  const organization = await database.organization.findUnique({ where: { id }, select: { name: true } });
  if (!organization) return null;
  return { name: organization.name, uses: await organizationUsage(database, id) };
}
