import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { intlLocaleOf } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { requireUser } from "@/lib/auth/current-user";
import { reminderSentence } from "@/lib/reminders/digest";
import { remindersOf } from "@/lib/reminders/queries";
import { formatInstant } from "@/lib/dates/institution-time";
import { AgreementName } from "@/components/agreements/agreement-name";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminders"))("title") };
}

export default async function RemindersPage() {
  const user = await requireUser("/reminders");
  const [reminders, t, locale] = await Promise.all([remindersOf(user.id), getTranslations("reminders"), getLocale()]);
  const now = new Date();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={t("title")}
        description={t("description")}
      />
      {reminders.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">
          <p>{t("none")}</p>
          <Link href="/profile" className="mt-2 inline-block font-medium text-brand-700 underline">
            {t("choose")}
          </Link>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm" aria-label={t("yours")}>
          {reminders.map((reminder) => (
            <li key={reminder.id} className="p-4">
              <Link href={`/agreements/${encodeURIComponent(reminder.agreement.reference)}`} className="font-medium text-brand-700 hover:underline">
                <span className="font-mono text-sm text-slate-500">{reminder.agreement.reference}</span> <AgreementName agreement={reminder.agreement} />
              </Link>
              <p className="mt-1 text-sm text-slate-800">{reminderSentence(reminder, now, translatorFor(locale))}</p>
              <p className="mt-1 text-xs text-slate-500">
                {t("found", { days: reminder.daysBefore, date: formatInstant(reminder.createdAt, intlLocaleOf(locale)) })}
                {reminder.deliveredBy === "email" ? t("emailed") : reminder.deliveredBy === "log" ? t("logOnly") : t("pending")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
