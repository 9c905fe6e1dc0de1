// One log line per run of a background job (lib/logging/log.mjs): its name, a run id that
// the job's own lines also carry, how it ended and how long it took.
import { randomUUID } from "node:crypto";
import { log } from "./log.mjs";

export interface JobRunContext {
  runId: string;
  /** Writes one of the job's own lines, tagged with the job and run. */
  note(message: string, fields?: Record<string, unknown>): void;
}

/**
 * Runs `work` and logs `{ job, runId, status: "ok" | "failed", durationMs, ...summary }` when it ends;
 * `summarize` turns the result into the line's fields (counts, never personal data). Rethrows a failure.
 */
export async function runLoggedJob<T>(job: string, work: (context: JobRunContext) => Promise<T>, summarize: (result: T) => Record<string, unknown> = () => ({})): Promise<T> {
  const runId = randomUUID();
  const startedAt = performance.now();
  const durationMs = () => Math.round((performance.now() - startedAt) * 10) / 10;
  const note = (message: string, fields: Record<string, unknown> = {}) => log().info({ job, runId, ...fields }, message);
  try {
    const result = await work({ runId, note });
    log().info({ job, runId, status: "ok", durationMs: durationMs(), ...summarize(result) }, "job run");
    return result;
  } catch (error) {
    log().error({ job, runId, status: "failed", durationMs: durationMs(), error: error instanceof Error ? error.message : String(error) }, "job run");
    throw error;
  }
}
