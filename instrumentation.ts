// Runs once when a server process starts (Next.js calls register()): checks the time zone, starts the reminder schedule.
// onRequestError: one log line per failed render or route, naming the request id and the error's reference
// (digest) that the error page shows (lib/logging/log.mjs).
import type { Instrumentation } from "next";

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

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/logging/log.mjs");
  const requestId = request.headers["x-request-id"];
  log().error(
    {
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
      method: request.method,
      route: request.path.split("?")[0],
      routePath: context.routePath,
      digest: (error as { digest?: string }).digest,
      error: error instanceof Error ? error.message : String(error),
    },
    "request failed",
  );
};
