// Run as its own process (tsx tests/support/import-process.ts <rows>) by the crash test:
// imports a register of <rows> agreements into DATABASE_URL, saying when it starts and ends.
import { executeCommand, type Command } from "@/lib/actions/command";
import { importCommands } from "@/lib/import/commands";
import { createPrismaClient } from "@/lib/prisma-client";
import { demoImportCsv } from "@/prisma/seed/demo-import";

async function main() {
  const rows = Number(process.argv[2]);
  const db = createPrismaClient(process.env.DATABASE_URL);
  const actor = await db.user.create({
    data: { email: `importer-${process.pid}@example.edu`, name: "Importer", role: "EDITOR", passwordHash: "not used" },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  const partners = await db.organization.findMany({ where: { isOwnInstitution: false }, select: { name: true } });
  const file = new File([demoImportCsv(partners.map((p) => p.name), rows)], "register.csv");
  console.log("importing");
  const { result } = await executeCommand(importCommands.importAgreements as unknown as Command<never, { agreements: number }>, actor, { file }, db);
  console.log(result.status === "success" ? `imported ${result.data.agreements}` : `failed ${JSON.stringify(result)}`);
  await db.$disconnect();
}

void main();
