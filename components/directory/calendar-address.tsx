"use client";

import { ActionForm } from "@/components/forms/action-form";
import { regenerateCalendarToken } from "@/lib/users/actions";

export function CalendarAddress({ address }: { address: string | null }) {
  return (
    <div className="space-y-3 text-sm">
      {address ? (
        <>
          <p>Subscribe to this address in Outlook, Google Calendar or Apple Calendar (“add calendar from URL”):</p>
          <p className="break-all rounded-md bg-slate-50 p-3 font-mono text-xs" data-testid="calendar-address">
            {address}
          </p>
          <p className="text-slate-600">Anyone with the address can read the deadlines. If it has been shared by mistake, give the calendar a new address.</p>
        </>
      ) : (
        <p>You have no calendar address yet.</p>
      )}
      <ActionForm
        action={regenerateCalendarToken}
        fixed={{}}
        submitLabel={address ? "Give the calendar a new address" : "Create my calendar address"}
        tone={address ? "secondary" : "primary"}
      />
    </div>
  );
}
