// Runs the reminder job inside the server: a minute after it starts (PACTA_REMINDERS_DELAY_SECONDS), then every hour (the
// job sends at most one digest per user a day, so running it often only finds things
// sooner). PACTA_REMINDERS=off leaves it to `npm run reminders` from cron instead.
import { db } from "../db";
import { runLoggedJob } from "../logging/job-run";
import { runReminderJob } from "./job";

const FIRST_RUN_MS = Number(process.env.PACTA_REMINDERS_DELAY_SECONDS ?? 60) * 1000 || 60_000;
const EVERY_MS = 60 * 60 * 1000;
let started = false;

export function startReminderSchedule() {
  if (started || process.env.PACTA_REMINDERS === "off") return;
  started = true;
  // Every server runs it; the database decides which one sends a digest (lib/reminders/job.ts).
  const run = () =>
    runLoggedJob(
      "reminders",
      ({ note }) => runReminderJob(db, { log: (line) => note(line) }),
      ({ found, digests }) => ({ found, delivered: digests.length }),
    ).catch(() => {
      // Logged by runLoggedJob; the next run tries again.
    });
  setTimeout(run, FIRST_RUN_MS).unref();
  setInterval(run, EVERY_MS).unref();
}
