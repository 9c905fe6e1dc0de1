// `npm run reminders`: runs the reminder job once (for cron, or with PACTA_REMINDERS=off on the server).
// Any number may run at once, here and in the servers: each digest is sent once (lib/reminders/job.ts).
import fs from "node:fs";
import { runLoggedJob } from "../lib/logging/job-run";
import { createPrismaClient } from "../lib/prisma-client";
import { runReminderJob } from "../lib/reminders/job";

if (fs.existsSync(".env")) process.loadEnvFile(".env");
const db = createPrismaClient();
runLoggedJob(
  "reminders",
  ({ note }) => runReminderJob(db, { log: (line) => note(line) }),
  ({ found, digests }) => ({ found, delivered: digests.length }),
)
  .then(({ found, digests }) => {
    console.log(`Reminders: ${found} new; ${digests.length} digests delivered${digests.length ? `: ${digests.map((d) => `${d.to} (${d.reminders}, ${d.by})`).join(", ")}` : ""}.`);
  })
  .catch(() => {
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
