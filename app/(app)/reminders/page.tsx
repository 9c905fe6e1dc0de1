import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { reminderSentence } from "@/lib/reminders/digest";
import { remindersOf } from "@/lib/reminders/queries";

export const metadata: Metadata = { title: "Reminders" };

const foundOn = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export default async function RemindersPage() {
  const user = await requireUser("/reminders");
  const reminders = await remindersOf(user.id);
  const now = new Date();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Reminders"
        description="End dates and notice deadlines coming up, as your daily digest announced them. Choose which and how far ahead on your profile."
      />
      {reminders.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">
          <p>No reminders yet.</p>
          <Link href="/profile" className="mt-2 inline-block font-medium text-brand-700 underline">
            Choose your reminders
          </Link>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm" aria-label="Your reminders">
          {reminders.map((reminder) => (
            <li key={reminder.id} className="p-4">
              <Link href={`/agreements/${encodeURIComponent(reminder.agreement.reference)}`} className="font-medium text-brand-700 hover:underline">
                <span className="font-mono text-sm text-slate-500">{reminder.agreement.reference}</span> {reminder.agreement.title}
              </Link>
              <p className="mt-1 text-sm text-slate-800">{reminderSentence(reminder, now)}</p>
              <p className="mt-1 text-xs text-slate-500">
                {reminder.daysBefore}-day reminder, found {foundOn.format(reminder.createdAt)}
                {reminder.deliveredBy === "email" ? " · e-mailed" : reminder.deliveredBy === "log" ? " · no mail server: shown here only" : " · in the next digest"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
