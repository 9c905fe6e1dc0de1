import type { Metadata } from "next";
import { headers } from "next/headers";
import { CalendarAddress } from "@/components/directory/calendar-address";
import { ReminderSettingsForm } from "@/components/reminders/reminder-settings-form";
import { ChangePasswordForm } from "@/components/directory/user-forms";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Your account" };

export default async function ProfilePage() {
  const user = await requireUser("/profile");
  const { calendarToken, reminderScope, reminderDays } = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { calendarToken: true, reminderScope: true, reminderDays: true },
  });
  const host = (await headers()).get("host");
  const base = (process.env.NEXTAUTH_URL ?? `http://${host}`).replace(/\/$/, "");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title="Your account" description={`${user.name} · ${user.email} · ${ROLE_LABELS[user.role]}`} />
      <Section title="Deadlines in your calendar" description="End dates and notice deadlines of running agreements, kept up to date in your own calendar program.">
        <CalendarAddress address={calendarToken ? `${base}/calendar/${calendarToken}.ics` : null} />
      </Section>
      <Section
        title="Reminders"
        description="A daily e-mail digest (and the Reminders page) before end dates and notice deadlines of running agreements."
        id="reminders"
      >
        <ReminderSettingsForm scope={reminderScope} days={reminderDays} />
      </Section>
      <Section title="Password" description="Changing it signs you out everywhere, this browser included: sign in again with the new one.">
        <ChangePasswordForm />
      </Section>
    </div>
  );
}
