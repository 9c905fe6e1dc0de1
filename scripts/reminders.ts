// `npm run reminders`: runs the reminder job once (for cron, or with PACTA_REMINDERS=off on the server).
import fs from "node:fs";
import { createPrismaClient } from "../lib/prisma-client";
import { runReminderJob } from "../lib/reminders/job";

if (fs.existsSync(".env")) process.loadEnvFile(".env");
const db = createPrismaClient();
runReminderJob(db)
  .then(({ found, digests }) => {
    console.log(`Reminders: ${found} new; ${digests.length} digests delivered${digests.length ? `: ${digests.map((d) => `${d.to} (${d.reminders}, ${d.by})`).join(", ")}` : ""}.`);
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
