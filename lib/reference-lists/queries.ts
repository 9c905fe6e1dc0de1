import "server-only";
import { db } from "../db";

export async function referenceLists() {
  const [focusAreas, types] = await Promise.all([
    db.focusArea.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, description: true, active: true, _count: { select: { agreements: true, organizations: true } } },
    }),
    db.agreementType.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, code: true, name: true, sortOrder: true, active: true, _count: { select: { agreements: true } } },
    }),
  ]);
  return { focusAreas, types };
}
