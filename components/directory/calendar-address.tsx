"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { regenerateCalendarToken } from "@/lib/users/actions";

export function CalendarAddress({ address }: { address: string | null }) {
  const t = useTranslations("profile");
  return (
    <div className="space-y-3 text-sm">
      {address ? (
        <>
          <p>{t("calendarSubscribe")}</p>
          <p className="break-all rounded-md bg-slate-50 p-3 font-mono text-xs" data-testid="calendar-address">
            {address}
          </p>
          <p className="text-slate-600">{t("calendarShared")}</p>
        </>
      ) : (
        <p>{t("noCalendar")}</p>
      )}
      <ActionForm
        action={regenerateCalendarToken}
        fixed={{}}
        submitLabel={address ? t("newAddress") : t("createAddress")}
        tone={address ? "secondary" : "primary"}
      />
    </div>
  );
}
