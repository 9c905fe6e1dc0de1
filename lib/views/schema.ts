// The saved views' input: a name, the list's query string and whether everyone sees it.
import { z } from "zod";
import { listHref, parseListParams } from "../agreements/list-params";

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .nullish()
  .transform((value) => value === true || value === "on" || value === "true");

const name = z.string().trim().min(1, "viewName").max(80, "tooLong");
const id = z.string().min(1).max(64);

/**
 * The list's query string ("status=ACTIVE&columns=reference,owner", with or without "?"), kept
 * as the list itself would write it: unknown or malformed parameters and the page number dropped.
 */
export const viewQuery = z
  .string()
  .max(4000, "tooLong")
  .transform((value) => canonicalQuery(value));

/** The list's own spelling of a query string: the filters it understands, without the page. */
export function canonicalQuery(query: string): string {
  const params = Object.fromEntries(new URLSearchParams(query.replace(/^\?/, "")).entries());
  return listHref({ ...parseListParams(params), page: undefined }).split("?")[1] ?? "";
}

export const SaveViewSchema = z.strictObject({ name, query: viewQuery, shared: checkbox });
export const UpdateViewSchema = z.strictObject({ id, name, shared: checkbox });
export const DeleteViewSchema = z.strictObject({ id });
