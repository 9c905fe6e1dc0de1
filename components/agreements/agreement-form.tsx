"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useState, startTransition } from "react";
import type { ActionResult } from "@/lib/actions/command";
import type { AgreementChoices } from "@/lib/agreements/queries";
import { commandInputFrom, type AgreementFormValues } from "@/lib/agreements/form-values";
import { FormError } from "@/components/forms/form-error";
import type { TypeAheadChoice } from "@/components/forms/type-ahead";
import { AboutSection, DatesSection, PartiesSection, ResponsibilitySection, SignatoriesSection, type SectionProps } from "./agreement-form-sections";

type Action = (previous: ActionResult<{ reference: string }> | null, input: unknown) => Promise<ActionResult<{ reference: string }>>;

/** The one form for logging and editing an agreement. */
export function AgreementForm({
  action,
  choices,
  initial,
  initialStatuses,
  names: initialNames = {},
}: {
  action: Action;
  choices: AgreementChoices;
  initial: AgreementFormValues;
  /** The names of the partners and signatories `initial` already has, by id (when editing). */
  names?: Record<string, string>;
  /** Offered when logging a new agreement; absent when editing (status changes have their own control). */
  initialStatuses?: readonly string[];
}) {
  const t = useTranslations("agreementForm");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);
  const [values, setValues] = useState(initial);
  const [names, setNames] = useState(initialNames);
  const errors = state?.status === "error" ? (state.fieldErrors ?? {}) : {};
  const editing = Boolean(initial.reference);

  const set = <K extends keyof AgreementFormValues>(key: K, value: AgreementFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const remember = (choice: TypeAheadChoice) => setNames((known) => ({ ...known, [choice.id]: choice.label }));
  const sections: SectionProps = { values, set, replace: setValues, errors, choices, names, remember };

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const input = commandInputFrom(values);
    startTransition(() => formAction(input));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError message={state?.status === "error" ? state.formError : undefined} answer={state} />

      <AboutSection {...sections} editing={editing} initialStatuses={initialStatuses} />
      <PartiesSection {...sections} />
      <SignatoriesSection {...sections} />
      <DatesSection {...sections} />
      <ResponsibilitySection {...sections} />

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-5 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60">
          {pending ? t("saving") : editing ? t("save") : t("log")}
        </button>
        <button type="button" onClick={() => router.back()} className="text-sm font-medium text-slate-600 underline">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
