// Turns a command into a Next.js server action: the session comes from the request,
// and the pages the change affects are revalidated. Server actions are public HTTP
// endpoints, so the command checks the role itself; nothing relies on the page.
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser } from "../auth/current-user";
import { db } from "../db";
import { requestTranslator } from "../i18n/request-locale";
import { executeCommand, type ActionResult, type Command } from "./command";

export type ServerAction<R> = ((previous: ActionResult<R> | null, input: unknown) => Promise<ActionResult<R>>) & {
  command: Command<z.ZodType, R>;
};

export function serverAction<S extends z.ZodType, R>(
  command: Command<S, R>,
  options: { redirectTo?: (result: R) => string } = {},
): ServerAction<R> {
  const action = async (_previous: ActionResult<R> | null, input: unknown): Promise<ActionResult<R>> => {
    const { result, revalidate } = await executeCommand(command, await getCurrentUser(), input, db, await requestTranslator());
    for (const path of revalidate) revalidatePath(path);
    // redirect() works by throwing, so it comes last, outside any try.
    if (result.status === "success" && options.redirectTo) redirect(options.redirectTo(result.data));
    return result;
  };
  return Object.assign(action, { command: command as unknown as Command<z.ZodType, R> });
}
