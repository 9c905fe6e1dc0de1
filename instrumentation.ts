// Runs once when a server process starts (Next.js calls register()): the reminder schedule.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startReminderSchedule } = await import("./lib/reminders/schedule");
    startReminderSchedule();
  }
}
