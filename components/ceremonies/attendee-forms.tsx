"use client";
// An editor's controls for the people present at a ceremony: add someone, edit or remove an
// entry (removing asks first), move an entry up or down the source's order.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { Options, RecordOptions } from "@/components/forms/options";
import { TypeAhead, type TypeAheadChoice } from "@/components/forms/type-ahead";
import type { ActionResult } from "@/lib/actions/command";
import { addAttendee, moveAttendee, removeAttendee, updateAttendee } from "@/lib/ceremonies/actions";
import { EVENT_ROLES, type EventRole } from "@/lib/enumerations";

export interface AttendeeValues {
  attendanceId?: string;
  person: TypeAheadChoice | null;
  role: EventRole;
  position: string;
  onBehalfOfId: string;
  note: string;
}

type Organizations = { id: string; label: string }[];

/** The fields of one attendee; `prefix` keeps the ids of several forms on one page apart. */
function AttendeeFields({ prefix, initial, organizations, errors }: { prefix: string; initial: AttendeeValues; organizations: Organizations; errors: Record<string, string[]> }) {
  const t = useTranslations("ceremonies.attendee");
  const roles = useTranslations("signingEvent.role");
  const [person, setPerson] = useState(initial.person);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Field id={`${prefix}-person`} label={t("person")} hint={t("personHint")} errors={errors.personId}>
          {(a) => (
            <>
              <TypeAhead id={a.id} describedBy={a["aria-describedby"]} invalid={a["aria-invalid"]} source="/api/lookup/people" value={person} onChange={setPerson} />
              <input type="hidden" name="personId" value={person?.id ?? ""} />
            </>
          )}
        </Field>
      </div>
      <Field id={`${prefix}-role`} label={t("role")} errors={errors.role}>
        {(a) => (
          <select {...a} name="role" defaultValue={initial.role} className={inputClass}>
            <Options values={EVENT_ROLES} label={(role) => roles(role)} />
          </select>
        )}
      </Field>
      <Field id={`${prefix}-position`} label={t("position")} hint={t("positionHint")} errors={errors.position}>
        {(a) => <input {...a} name="position" defaultValue={initial.position} maxLength={200} className={inputClass} />}
      </Field>
      <Field id={`${prefix}-onBehalfOf`} label={t("onBehalfOf")} errors={errors.onBehalfOfId}>
        {(a) => (
          <select {...a} name="onBehalfOfId" defaultValue={initial.onBehalfOfId} className={inputClass}>
            <RecordOptions empty={t("notSaid")} records={organizations} />
          </select>
        )}
      </Field>
      <Field id={`${prefix}-note`} label={t("note")} hint={t("noteHint")} errors={errors.note}>
        {(a) => <input {...a} name="note" defaultValue={initial.note} maxLength={500} className={inputClass} />}
      </Field>
    </div>
  );
}

export function AddAttendeeForm({ eventId, organizations }: { eventId: string; organizations: Organizations }) {
  const t = useTranslations("ceremonies.attendee");
  // A fresh form after each addition (the fields empty again for the next person), saying what was done.
  const [round, setRound] = useState(0);
  const [added, setAdded] = useState<string | null>(null);
  const then = (message: string | undefined, succeeded: boolean) => {
    if (succeeded) setRound((r) => r + 1);
    setAdded(message ?? null);
  };
  return (
    <details className="mt-4 border-t border-slate-100 pt-4">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("add")}</summary>
      <p role="status" aria-live="polite" className="mt-2 text-sm text-emerald-700">
        {added}
      </p>
      <div className="mt-1">
        <ActionForm key={round} action={addAttendeeThen(then)} fixed={{ eventId }} submitLabel={t("addButton")} tone="secondary">
          {(errors) => <AttendeeFields prefix="new-attendee" initial={{ person: null, role: "ATTENDED", position: "", onBehalfOfId: "", note: "" }} organizations={organizations} errors={errors} />}
        </ActionForm>
      </div>
    </details>
  );
}

/** Runs the add action, then `then` with its outcome (a success clears the form). */
function addAttendeeThen(then: (message: string | undefined, succeeded: boolean) => void) {
  return async (previous: ActionResult<never> | null, input: unknown) => {
    const result = await addAttendee(previous, input);
    // The last addition's message stays only until the next attempt is answered: never beside a refusal.
    then(result.status === "success" ? result.message : undefined, result.status === "success");
    return result;
  };
}

/** Edit, remove and move controls of one entry; the edit form is built only when opened (each holds the organisations). */
export function AttendeeControls({
  eventId,
  version,
  initial,
  name,
  first,
  last,
  organizations,
}: {
  eventId: string;
  version: number;
  initial: AttendeeValues & { attendanceId: string };
  name: string;
  first: boolean;
  last: boolean;
  organizations: Organizations;
}) {
  const t = useTranslations("ceremonies.attendee");
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [moveError, setMoveError] = useState<string | null>(null);
  const [moving, startMoving] = useTransition();
  const router = useRouter();
  const small = "rounded border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 disabled:opacity-60";
  const move = (direction: "up" | "down") => (
    <button
      type="button"
      className={small}
      disabled={moving}
      aria-label={t(direction === "up" ? "moveUpLabel" : "moveDownLabel", { name })}
      onClick={() =>
        startMoving(async () => {
          const result = await moveAttendee(null as never, { eventId, attendanceId: initial.attendanceId, direction });
          setMoveError(result.status === "error" ? (result.formError ?? null) : null);
          router.refresh();
        })
      }
    >
      {t(direction === "up" ? "moveUp" : "moveDown")}
    </button>
  );
  return (
    <div className="mt-1">
      <div className="flex flex-wrap items-center gap-2">
        {!first && move("up")}
        {!last && move("down")}
        <button type="button" className={small} aria-expanded={editing} aria-label={t("editLabel", { name })} onClick={() => setEditing((v) => !v)}>
          {t("edit")}
        </button>
        <button type="button" className={small} aria-expanded={removing} aria-label={t("removeLabel", { name })} onClick={() => setRemoving((v) => !v)}>
          {t("remove")}
        </button>
      </div>
      {moveError && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {moveError}
        </p>
      )}
      {removing && (
        <div className="mt-2 rounded-md border border-slate-200 p-2 text-sm">
          <p className="text-slate-700">{t("removeConfirm", { name })}</p>
          <ActionForm action={removeAttendee} fixed={{ eventId, attendanceId: initial.attendanceId }} submitLabel={t("removeConfirmButton")} tone="secondary" />
        </div>
      )}
      {editing && (
        <div className="mt-2 rounded-md border border-slate-200 p-3">
          <ActionForm action={updateAttendee} fixed={{ eventId, attendanceId: initial.attendanceId, version }} submitLabel={t("save")} tone="secondary">
            {(errors) => <AttendeeFields prefix={`attendee-${initial.attendanceId}`} initial={initial} organizations={organizations} errors={errors} />}
          </ActionForm>
        </div>
      )}
    </div>
  );
}
