"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import type { ActionResult, FieldErrors } from "@/lib/actions/command";

type Action = (previous: ActionResult<never> | null, input: unknown) => Promise<ActionResult<unknown>>;

/**
 * A small form for one server action: sends its fields (plus `fixed` ones such as the
 * record's reference and version) as an object, shows the action's messages, and on
 * success refreshes the page (actions that lead elsewhere redirect on the server).
 * With `files`, the form is sent as multipart form data with its files, and a file over
 * the size limit is refused here, before it is uploaded.
 */
export function ActionForm({
  action,
  fixed,
  submitLabel,
  pendingLabel,
  tone = "primary",
  className,
  files,
  children,
}: {
  action: Action;
  fixed: Record<string, unknown>;
  submitLabel: string;
  pendingLabel?: string;
  tone?: "primary" | "secondary" | "danger";
  className?: string;
  files?: { maxBytes: number; tooLarge: string };
  children?: (errors: FieldErrors) => React.ReactNode;
}) {
  const t = useTranslations("forms");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action as (p: ActionResult<unknown> | null, i: unknown) => Promise<ActionResult<unknown>>, null);

  const form = useRef<HTMLFormElement>(null);
  const [refusedHere, setRefusedHere] = useState<FieldErrors | null>(null);

  const sendsFiles = files !== undefined;
  useEffect(() => {
    if (state?.status !== "success") return;
    // A chosen file stays chosen after sending; clear it so the next upload starts afresh.
    if (sendsFiles) form.current?.reset();
    router.refresh();
  }, [state, router, sendsFiles]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setRefusedHere(null);
    if (files) {
      const tooLarge = [...data.entries()].find(([, value]) => value instanceof File && value.size > files.maxBytes);
      if (tooLarge) return setRefusedHere({ [tooLarge[0]]: [files.tooLarge] });
      for (const [key, value] of Object.entries(fixed)) data.set(key, String(value));
      startTransition(() => formAction(data));
      return;
    }
    const input: Record<string, unknown> = { ...fixed };
    data.forEach((value, key) => {
      input[key] = typeof value === "string" ? value : undefined;
    });
    startTransition(() => formAction(input));
  }

  const errors = refusedHere ?? (state?.status === "error" ? (state.fieldErrors ?? {}) : {});
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className={className}>
      {children?.(errors)}
      <div role="status" aria-live="polite" className="mt-2 text-sm">
        {refusedHere && <p className="text-red-700">{t("nothingUploaded")}</p>}
        {!refusedHere && state?.status === "error" && <p className="text-red-700">{state.formError}</p>}
        {!refusedHere && state?.status === "success" && state.message && <p className="text-emerald-700">{state.message}</p>}
      </div>
      <button
        type="submit"
        disabled={pending}
        className={
          "mt-2 rounded-md px-4 py-2 text-sm font-semibold shadow-sm disabled:opacity-60 " +
          (tone === "primary"
            ? "bg-brand-600 text-white hover:bg-brand-700"
            : tone === "danger"
              ? "bg-red-700 text-white hover:bg-red-800"
              : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50")
        }
      >
        {pending ? (pendingLabel ?? t("saving")) : submitLabel}
      </button>
    </form>
  );
}
