import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { headers } from "next/headers";
import { CalendarAddress } from "@/components/directory/calendar-address";
import { ReminderSettingsForm } from "@/components/reminders/reminder-settings-form";
import { ChangePasswordForm } from "@/components/directory/user-forms";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/app-shell/language-switcher";
import { requireUser } from "@/lib/auth/current-user";
import { ownAccountSettings } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const user = await requireUser("/profile");
  const { calendarToken, reminderScope, reminderDays } = await ownAccountSettings(user.id);
  const [t, roles] = await Promise.all([getTranslations("profile"), getTranslations("roles")]);
  const host = (await headers()).get("host");
  const base = (process.env.NEXTAUTH_URL ?? `http://${host}`).replace(/\/$/, "");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("title")} description={`${user.name} · ${user.email} · ${roles(user.role)}`} />
      <Section title={t("language")} description={t("languageDescription")} id="language">
        <LanguageSwitcher />
      </Section>
      <ClientMessages namespaces={["users", "reminders", "profile"]}><Section title={t("calendar")} description={t("calendarDescription")}>
        <CalendarAddress address={calendarToken ? `${base}/calendar/${calendarToken}.ics` : null} />
      </Section>
      <Section
        title={t("reminders")}
        description={t("remindersDescription")}
        id="reminders"
      >
        <ReminderSettingsForm scope={reminderScope} days={reminderDays} />
      </Section>
      <Section title={t("password")} description={t("passwordDescription")}>
        <ChangePasswordForm />
      </Section></ClientMessages>
    </div>
  );
}
