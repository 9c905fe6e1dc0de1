// Builders of test data on a real database. They go through the services, as the app does.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import type { Role } from "@/lib/auth/roles";
import type { Database } from "@/lib/prisma-client";
import { CreateAgreementSchema } from "@/lib/agreements/schema";
import { createAgreement } from "@/lib/agreements/service";
import { refreshSearchDocuments } from "@/lib/agreements/search-document";

/** Every account the factory creates has this password. */
export const FACTORY_PASSWORD = "factory password";
let cheapHash: Promise<string> | undefined;

export async function createUser(db: Database, role: Role, overrides: { active?: boolean } = {}): Promise<CurrentUser> {
  cheapHash ??= hashPassword(FACTORY_PASSWORD, { logN: 10, r: 8, p: 1 });
  const suffix = randomBytes(4).toString("hex");
  return db.user.create({
    data: { email: `${role.toLowerCase()}-${suffix}@example.edu`, name: `${role} ${suffix}`, role, passwordHash: await cheapHash, ...overrides },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
}

/** A valid create-agreement input with one new partner organisation and one new signatory. */
export function newAgreementInput(overrides: Record<string, unknown> = {}) {
  const suffix = randomBytes(3).toString("hex");
  return {
    title: `Student Exchange Agreement ${suffix}`,
    signedOn: "2024-03-15",
    parties: [{ newOrganization: { name: `University of Testing ${suffix}`, localName: "测试大学", kind: "UNIVERSITY", country: "China" } }],
    signatories: [{ newPerson: { name: `Partner Rector ${suffix}`, position: "Rector" }, onBehalfOfParty: 0 }],
    focusAreaIds: [],
    ...overrides,
  };
}

export async function createTestAgreement(db: Database, actor: CurrentUser, overrides: Record<string, unknown> = {}) {
  const input = CreateAgreementSchema.parse(newAgreementInput(overrides));
  return db.$transaction((tx) => createAgreement(tx, input, actor));
}

export async function agreementVersion(db: Database, reference: string) {
  return (await db.agreement.findUniqueOrThrow({ where: { reference }, select: { version: true } })).version;
}

/**
 * Records Zhang Qingjie as a signatory of the renewed Guangxi framework (AG-2020-0001) for our institution, on a
 * database the seed filled. The seed records every agreement's signatories as not known (decision 022): the tests of
 * what shows a signatory (exports, the dossier, the search by a person's name, deleting a person who signed) give
 * it one themselves.
 */
export async function signSeededRenewal(db: Database) {
  const zhang = await db.person.findFirstOrThrow({ where: { name: "Zhang Qingjie" }, select: { id: true } });
  const wut = await db.organization.findFirstOrThrow({ where: { isOwnInstitution: true, parentId: null }, select: { id: true } });
  const { id } = await db.agreement.update({
    where: { reference: "AG-2020-0001" },
    data: { signatoriesKnowledge: "KNOWN", participants: { create: { role: "SIGNATORY", personId: zhang.id, onBehalfOfId: wut.id } } },
    select: { id: true },
  });
  await refreshSearchDocuments(db, { agreementIds: [id] });
}
