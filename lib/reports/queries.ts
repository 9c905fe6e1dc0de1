// The downloads that routes serve, read from the app's database: pages and routes reach
// the database only through lib's queries (the export and calendar functions themselves
// take any database, so tests and the benchmark run them on their own).
import "server-only";
import type { Readable } from "node:stream";
import { db } from "../db";
import { REGISTER_PDF_LIMIT, type AgreementListFilters } from "../agreements/list-params";
import { matchesMoreThan } from "../agreements/queries";
import type { Translator } from "../i18n/translator";
import { exportStream, type ExportFormat } from "./agreement-export";
import { registerPdf } from "./register-pdf";
import { calendarFeed } from "./calendar";
import type { Pdf } from "./pdf-document";

/** The filtered agreements list, all pages, as CSV, Excel or JSON bytes in the reader's language. */
export function agreementsExport(format: ExportFormat, filters: AgreementListFilters, t: Translator): Readable {
  return exportStream(format, db, filters, undefined, t);
}

/** Whether the filters select more agreements than a PDF register holds (REGISTER_PDF_LIMIT). */
export function registerTooLarge(filters: AgreementListFilters): Promise<boolean> {
  return matchesMoreThan(filters, REGISTER_PDF_LIMIT, db);
}

/** The filtered agreements list as a printable PDF register. */
export function agreementsRegister(filters: AgreementListFilters, t: Translator): Promise<Pdf> {
  return registerPdf(db, filters, new Date(), t);
}

/** A calendar feed (iCalendar text) for the token's active user, or null when the token opens none. */
export function calendarFeedFor(token: string, baseUrl: string): Promise<string | null> {
  return calendarFeed(db, token, baseUrl);
}
