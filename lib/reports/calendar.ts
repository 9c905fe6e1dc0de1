// The calendar feed: end dates and notice deadlines of running agreements, as an
// iCalendar file that Outlook or Google Calendar subscribe to by its secret address.
import ical, { ICalCalendarMethod } from "ical-generator";
import { refreshRunningPeriods } from "../agreements/running-period-refresh";
import type { Database } from "../prisma-client";
import { addDays } from "../dates/calendar-day";
import { institutionToday, now as currentInstant } from "../dates/institution-time";
import { chooseLocale } from "../i18n/locales";
import { translatorFor } from "../i18n/translator";
import { agreementNameSelect } from "../agreements/label";
import { agreementNameIn } from "../agreements/label-text";

/** A running agreement's past notice deadline stays visible this long. */
const KEEP_PAST_DAYS = 90;

export async function calendarFeed(database: Database, token: string, baseUrl: string, now: Date = currentInstant()): Promise<string | null> {
  if (token.length < 20) return null;
  const user = await database.user.findUnique({ where: { calendarToken: token }, select: { active: true, locale: true } });
  if (!user?.active) return null;
  // A calendar program has no language to ask: the events are in the language the person chose.
  const locale = chooseLocale({ user: user.locale });
  const t = translatorFor(locale);

  const today = institutionToday(now);
  const since = addDays(today, -KEEP_PAST_DAYS);
  await refreshRunningPeriods(database, now);
  // The same rule as the list: archived agreements are left out; only running ones have
  // deadlines, so one that stops running (ended, terminated, archived) leaves the feed and
  // subscribed calendars drop its events.
  const agreements = await database.agreement.findMany({
    where: { archived: false, status: "ACTIVE", endsOn: { gte: today } },
    orderBy: { endsOn: "asc" },
    select: {
      ...agreementNameSelect,
      endsOn: true,
      noticeDeadline: true,
      noticePeriodDays: true,
      datesRevision: true,
      datesChangedAt: true,
      createdAt: true,

    },
  });

  const calendar = ical({ name: t("calendar.name"), method: ICalCalendarMethod.PUBLISH, prodId: { company: "Pacta", product: "agreements" } });
  for (const a of agreements) {
    // Stable UIDs; SEQUENCE and LAST-MODIFIED move whenever the end or the deadline moves
    // (an edit, or a running period rolling over), so calendars replace the old date.
    const revision = { sequence: a.datesRevision, lastModified: a.datesChangedAt ?? a.createdAt };
    const partners = a.parties.map((p) => p.organization.name).join("; ");
    const url = `${baseUrl}/agreements/${a.reference}`;
    // An untitled agreement is named by its label (type and partners), never an empty title.
    const title = agreementNameIn(a, locale).text;
    if (a.endsOn) {
      calendar.createEvent({
        id: `${a.reference}-ends@pacta`,
        start: a.endsOn,
        allDay: true,
        ...revision,
        summary: t("calendar.ends", { title, reference: a.reference }),
        description: `${title}\n${t("calendar.partners", { partners })}\n${url}`,
        url,
      });
    }
    if (a.noticeDeadline && a.noticeDeadline >= since) {
      calendar.createEvent({
        id: `${a.reference}-notice@pacta`,
        start: a.noticeDeadline,
        allDay: true,
        ...revision,
        summary: t("calendar.notice", { title, reference: a.reference }),
        description: `${t("calendar.noticeDays", { days: a.noticePeriodDays ?? 0 })}\n${t("calendar.partners", { partners })}\n${url}`,
        url,
      });
    }
  }
  return calendar.toString();
}
