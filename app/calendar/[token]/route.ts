// A user's calendar feed. Calendar programs cannot sign in, so the secret token in the
// address is the credential; it belongs to one active user and can be regenerated.
import { calendarFeedFor } from "@/lib/reports/queries";
import { downloadResponse, plainTextResponse } from "@/lib/reports/download";
import { requestTranslator } from "@/lib/i18n/request-locale";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/, "");
  const baseUrl = process.env.NEXTAUTH_URL ?? new URL(request.url).origin;
  const feed = await calendarFeedFor(token, baseUrl.replace(/\/$/, ""));
  if (feed === null) return plainTextResponse((await requestTranslator())("http.noCalendar"), 404);
  return downloadResponse(feed, { type: "text/calendar; charset=utf-8", filename: "pacta-deadlines.ics", inline: true });
}
