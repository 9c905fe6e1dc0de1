// Runs the reminder job inside the server: a minute after it starts, then every hour (the
// job sends at most one digest per user a day, so running it often only finds things
// sooner). PACTA_REMINDERS=off leaves it to `npm run reminders` from cron instead.
import { db } from "../db";
import { runReminderJob } from "./job";

const FIRST_RUN_MS = 60_000;
const EVERY_MS = 60 * 60 * 1000;
let started = false;

export function startReminderSchedule() {
  if (started || process.env.PACTA_REMINDERS === "off") return;
  started = true;
  const run = () =>
    runReminderJob(db)
      .then(({ found, digests }) => {
        if (found > 0 || digests.length > 0) console.log(`[pacta] reminders: ${found} found, ${digests.length} digests delivered`);
      })
      .catch((error) => console.error("[pacta] the reminder job failed", error));
  setTimeout(run, FIRST_RUN_MS).unref();
  setInterval(run, EVERY_MS).unref();
}
