// The admin-editable lists that agreements choose from: focus areas and agreement types.
// An entry still in use cannot be deleted; it can be made inactive instead.
import type { z } from "zod";
import type { DatabaseTransaction } from "../prisma-client";
import type { CurrentUser } from "../auth/current-user-type";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../errors";
import type { AgreementTypeSchema, FocusAreaSchema } from "./schema";

/** The import adds entries by one name: their Chinese name is then left for an administrator. */
type OptionalLocalName<T extends { localName: string | null }> = Omit<T, "localName"> & { localName?: string | null };

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002";

export async function saveFocusArea(tx: DatabaseTransaction, input: OptionalLocalName<z.output<typeof FocusAreaSchema>>, actor: CurrentUser) {
  const clash = await tx.focusArea.findFirst({ where: { name: input.name, ...(input.id ? { id: { not: input.id } } : {}) }, select: { id: true } });
  if (clash) throw new DomainError("INVALID", "focusAreaTaken", "name");
  const data = { name: input.name, localName: input.localName ?? null, description: input.description, active: input.id ? input.active : true };
  if (input.id) {
    const before = await tx.focusArea.findUnique({ where: { id: input.id }, select: { name: true, localName: true, description: true, active: true } });
    if (!before) throw new DomainError("NOT_FOUND", "focusAreaGone");
    await tx.focusArea.update({ where: { id: input.id }, data });
    await recordAudit(tx, { actorId: actor.id, action: "focus-area.updated", entityType: "FocusArea", entityId: input.id, before, after: data });
    return { id: input.id };
  }
  const created = await tx.focusArea.create({ data, select: { id: true } }).catch((error) => {
    throw isUniqueViolation(error) ? new DomainError("INVALID", "focusAreaTaken", "name") : error;
  });
  await recordAudit(tx, { actorId: actor.id, action: "focus-area.created", entityType: "FocusArea", entityId: created.id, after: data });
  return { id: created.id };
}

export async function deleteFocusArea(tx: DatabaseTransaction, input: { id: string }, actor: CurrentUser) {
  const area = await tx.focusArea.findUnique({ where: { id: input.id }, select: { name: true } });
  if (!area) throw new DomainError("NOT_FOUND", "focusAreaGone");
  const [agreements, organizations] = await Promise.all([
    tx.agreementFocusArea.count({ where: { focusAreaId: input.id } }),
    tx.organizationFocusArea.count({ where: { focusAreaId: input.id } }),
  ]);
  if (agreements + organizations > 0) {
    throw new DomainError(
      "IN_USE",
      "focusAreaInUse",
      undefined,
      { name: area.name, agreements, organizations },
    );
  }
  await tx.focusArea.delete({ where: { id: input.id } });
  await recordAudit(tx, { actorId: actor.id, action: "focus-area.deleted", entityType: "FocusArea", entityId: input.id, before: area });
  return { id: input.id };
}

/** A stable code for a new type, from its name ("Joint degree" → JOINT_DEGREE). */
export function typeCodeFrom(name: string): string {
  const code = name.normalize("NFKD").replace(/[^\w\s]/g, "").trim().toUpperCase().replace(/\s+/g, "_").slice(0, 60);
  return code || "TYPE";
}

export async function saveAgreementType(tx: DatabaseTransaction, input: OptionalLocalName<z.output<typeof AgreementTypeSchema>>, actor: CurrentUser) {
  const data = { name: input.name, localName: input.localName ?? null, sortOrder: input.sortOrder, active: input.id ? input.active : true };
  if (input.id) {
    const before = await tx.agreementType.findUnique({ where: { id: input.id }, select: { name: true, localName: true, sortOrder: true, active: true } });
    if (!before) throw new DomainError("NOT_FOUND", "agreementTypeGone");
    await tx.agreementType.update({ where: { id: input.id }, data });
    await recordAudit(tx, { actorId: actor.id, action: "agreement-type.updated", entityType: "AgreementType", entityId: input.id, before, after: data });
    return { id: input.id };
  }
  let code = typeCodeFrom(input.name);
  for (let n = 2; await tx.agreementType.findUnique({ where: { code }, select: { id: true } }); n++) code = `${typeCodeFrom(input.name)}_${n}`;
  const created = await tx.agreementType.create({ data: { ...data, code }, select: { id: true } });
  await recordAudit(tx, { actorId: actor.id, action: "agreement-type.created", entityType: "AgreementType", entityId: created.id, after: { ...data, code } });
  return { id: created.id };
}

export async function deleteAgreementType(tx: DatabaseTransaction, input: { id: string }, actor: CurrentUser) {
  const type = await tx.agreementType.findUnique({ where: { id: input.id }, select: { name: true } });
  if (!type) throw new DomainError("NOT_FOUND", "agreementTypeGone");
  const used = await tx.agreement.count({ where: { typeId: input.id } });
  if (used > 0) {
    throw new DomainError("IN_USE", "agreementTypeInUse", undefined, { name: type.name, count: used });
  }
  await tx.agreementType.delete({ where: { id: input.id } });
  await recordAudit(tx, { actorId: actor.id, action: "agreement-type.deleted", entityType: "AgreementType", entityId: input.id, before: type });
  return { id: input.id };
}
