// `npm run seed`: loads the news-release records and the demo accounts. Safe to run
// again: what is already there is left unchanged.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { createPrismaClient, type Database } from "../../lib/prisma-client";
import { seedArticle } from "./article-seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD_FILE, demoPassword, ensureDemoUsers, saveGeneratedPassword } from "./demo-users";

export async function seed(db: Database) {
  const { created } = await seedArticle(db);
  console.log(created ? "  Seeded the WUT–Guangxi agreements (9 agreements)." : "  Seed data already present: unchanged.");

  const { password, origin } = demoPassword();
  const createdUsers = await ensureDemoUsers(db, password);
  if (createdUsers > 0 && origin === "generated") saveGeneratedPassword(password);

  const known = createdUsers > 0 || origin !== "generated";
  console.log(`\n  Demo accounts, password: ${known ? password : "the one set when the accounts were created"}`);
  for (const account of DEMO_ACCOUNTS) console.log(`    ${account.role.padEnd(7)} ${account.email}`);
  if (origin === "file" || (origin === "generated" && createdUsers > 0)) {
    console.log(`  (The generated password is kept in ${DEMO_PASSWORD_FILE}; set PACTA_DEMO_PASSWORD to choose one.)`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  const db = createPrismaClient();
  seed(db)
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
