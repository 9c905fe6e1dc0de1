// Writes a checked import plan: everything in one transaction, or nothing.
import type { DatabaseTransaction } from "../prisma-client";
import type { CurrentUser } from "../auth/current-user-type";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../errors";
import { nextReference, parseReference } from "../agreements/reference";
import { refreshSearchDocuments } from "../agreements/search-document";
import { dateColumns, ownInstitution } from "../agreements/service";
import { toIsoPartial } from "../dates/partial-date";
import { typeCodeFrom } from "../reference-lists/service";
import type { ImportPlan } from "./plan";

export async function commitImport(tx: DatabaseTransaction, plan: ImportPlan, actor: CurrentUser, fileName: string) {
  if (plan.fileProblems.length > 0 || plan.rowsWithProblems > 0) {
    throw new DomainError("INVALID", "importHasProblems");
  }
  const own = await ownInstitution(tx);
  const key = (name: string) => name.normalize("NFKC").trim().toLowerCase();

  // What the plan found missing is created once, however many rows name it.
  const organizations = new Map<string, string>();
  const types = new Map<string, string>();
  const focusAreas = new Map<string, string>();
  for (const row of plan.rows) {
    for (const partner of row.partners) {
      if (partner.matchId || organizations.has(key(partner.name))) continue;
      const created = await tx.organization.create({
        data: { name: partner.name, localName: partner.localName, country: partner.country, kind: "OTHER" },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: actor.id, action: "organization.imported", entityType: "Organization", entityId: created.id, after: { name: partner.name, localName: partner.localName } });
      organizations.set(key(partner.name), created.id);
    }
    if (row.type && !row.type.id && !types.has(key(row.type.name))) {
      let code = typeCodeFrom(row.type.name);
      for (let n = 2; await tx.agreementType.findUnique({ where: { code }, select: { id: true } }); n++) code = `${typeCodeFrom(row.type.name)}_${n}`;
      types.set(key(row.type.name), (await tx.agreementType.create({ data: { code, name: row.type.name }, select: { id: true } })).id);
    }
    for (const focus of row.focusAreas) {
      if (!focus.id && !focusAreas.has(key(focus.name))) {
        focusAreas.set(key(focus.name), (await tx.focusArea.create({ data: { name: focus.name }, select: { id: true } })).id);
      }
    }
  }

  const created: string[] = [];
  const createdIds: string[] = [];
  // Rows with their own reference first, so that numbers handed out afterwards cannot collide with them.
  const ordered = [...plan.rows.filter((r) => r.reference), ...plan.rows.filter((r) => !r.reference)];
  for (const row of ordered) {
    const reference = row.reference ?? (await nextReference(tx, (row.signedOn?.date ?? new Date()).getUTCFullYear()));
    const partnerIds = [...new Set(row.partners.map((p) => p.matchId ?? organizations.get(key(p.name))!))].filter((id) => id !== own.id);
    const agreement = await tx.agreement.create({
      data: {
        reference,
        title: row.title,
        status: row.status,
        typeId: row.type ? (row.type.id ?? types.get(key(row.type.name))!) : null,
        summary: row.summary,
        signedPlace: row.place,
        termMonths: row.termMonths,
        noticePeriodDays: row.noticePeriodDays,
        automaticRenewal: row.automaticRenewal,
        notes: row.notes,
        ...dateColumns({ ...row, noticePeriodDays: row.noticePeriodDays }),
        parties: {
          create: [
            { organizationId: own.id, role: "OUR_INSTITUTION" as const, order: 0 },
            ...partnerIds.map((organizationId, i) => ({ organizationId, role: "PARTNER" as const, order: i + 1 })),
          ],
        },
        focusAreas: { create: [...new Set(row.focusAreas.map((f) => f.id ?? focusAreas.get(key(f.name))!))].map((focusAreaId) => ({ focusAreaId })) },
        statusChanges: { create: { toStatus: row.status, changedById: actor.id, note: `Imported from ${fileName}, line ${row.line}.` } },
      },
      select: { id: true },
    });
    // What was imported, from the plan itself: no read-back per row (imports run to thousands of rows).
    await recordAudit(tx, {
      actorId: actor.id,
      action: "agreement.imported",
      entityType: "Agreement",
      entityId: agreement.id,
      after: {
        reference,
        title: row.title,
        status: row.status,
        type: row.type?.name ?? null,
        signedOn: row.signedOn ? toIsoPartial(row.signedOn.date, row.signedOn.precision) : null,
        parties: row.partners.map((p) => p.name),
        focusAreas: row.focusAreas.map((f) => f.name),
        source: `${fileName}, line ${row.line}`,
      },
    });
    created.push(reference);
    createdIds.push(agreement.id);
  }
  await refreshSearchDocuments(tx, { agreementIds: createdIds });

  // Later agreements are numbered after the imported ones.
  const highest = new Map<number, number>();
  for (const reference of created) {
    const parsed = parseReference(reference);
    if (parsed) highest.set(parsed.year, Math.max(highest.get(parsed.year) ?? 0, parsed.sequence));
  }
  for (const [year, sequence] of highest) {
    const counter = await tx.referenceCounter.findUnique({ where: { year } });
    if (!counter) await tx.referenceCounter.create({ data: { year, last: sequence } });
    else if (counter.last < sequence) await tx.referenceCounter.update({ where: { year }, data: { last: sequence } });
  }

  const summary = {
    agreements: created.length,
    organizations: organizations.size,
    types: types.size,
    focusAreas: focusAreas.size,
    references: created,
  };
  await recordAudit(tx, {
    actorId: actor.id,
    action: "import.committed",
    entityType: "Import",
    entityId: fileName.slice(0, 200),
    changes: {
      file: { before: null, after: fileName },
      agreements: { before: null, after: summary.agreements },
      organizations: { before: null, after: summary.organizations },
      types: { before: null, after: summary.types },
      focusAreas: { before: null, after: summary.focusAreas },
    },
  });
  return summary;
}

