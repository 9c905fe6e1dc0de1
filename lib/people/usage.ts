// Where a person appears: the delete refuses while they do, and the person's page says so before asking.
import type { DatabaseTransaction } from "../prisma-client";

/** A person's name and the agreements they appear on (references, the first five, "…" after). */
export interface PersonUsage {
  name: string;
  count: number;
  references: string;
}

/** Who the person is and on how many agreements they appear (0: they can be deleted); null if they are gone. */
export async function personUsage(tx: DatabaseTransaction, id: string): Promise<PersonUsage | null> {
  const person = await tx.person.findUnique({ where: { id }, select: { name: true, position: true } });
  if (!person) return null;
  const uses = await tx.participant.findMany({ where: { personId: id }, select: { agreement: { select: { reference: true } } } });
  const references = [...new Set(uses.map((u) => u.agreement.reference))];
  return {
    name: person.name ?? person.position ?? "",
    count: references.length,
    references: references.slice(0, 5).join(", ") + (references.length > 5 ? ", …" : ""),
  };
}
