// Runs once when a server process starts (Next.js calls register()): checks the time zone, starts the reminder schedule.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // A wrong PACTA_TIME_ZONE would put every "today" on the wrong day: refuse to start, saying why.
    const { institutionTimeZone } = await import("./lib/dates/institution-time");
    try {
      institutionTimeZone();
    } catch (error) {
      console.error(`[pacta] ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    }
    const { startReminderSchedule } = await import("./lib/reminders/schedule");
    startReminderSchedule();
  }
}
