// `npm run seed`: loads the news-release records and the demo accounts. Safe to run
// again: what is already there is left unchanged.
import fs from "node:fs";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedArticle } from "./article-seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD_FILE, demoPassword, ensureDemoUsers, saveGeneratedPassword } from "./demo-users";

async function main() {
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  const db = createPrismaClient();
  try {
    const { created } = await seedArticle(db);
    console.log(created ? "Seeded the WUT–Guangxi agreements (9 agreements)." : "Seed data already present: unchanged.");

    const { password, origin } = demoPassword();
    const createdUsers = await ensureDemoUsers(db, password);
    if (createdUsers > 0 && origin === "generated") saveGeneratedPassword(password);

    const shownPassword =
      createdUsers > 0 || origin !== "generated"
        ? password
        : "(the one set when the accounts were created; PACTA_DEMO_PASSWORD was not set then or now)";
    console.log("\nDemo accounts (password: " + shownPassword + ")");
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(7)} ${account.email}`);
    if (origin !== "environment") console.log(`The generated password is kept in ${DEMO_PASSWORD_FILE}.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
