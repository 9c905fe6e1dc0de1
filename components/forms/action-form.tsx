"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect } from "react";
import type { ActionResult, FieldErrors } from "@/lib/actions/command";

type Action = (previous: ActionResult<never> | null, input: unknown) => Promise<ActionResult<unknown>>;

/**
 * A small form for one server action: sends its fields (plus `fixed` ones such as the
 * record's reference and version) as an object, shows the action's messages, and on
 * success refreshes the page (actions that lead elsewhere redirect on the server).
 */
export function ActionForm({
  action,
  fixed,
  submitLabel,
  pendingLabel = "Saving…",
  tone = "primary",
  className,
  children,
}: {
  action: Action;
  fixed: Record<string, unknown>;
  submitLabel: string;
  pendingLabel?: string;
  tone?: "primary" | "secondary";
  className?: string;
  children?: (errors: FieldErrors) => React.ReactNode;
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action as (p: ActionResult<unknown> | null, i: unknown) => Promise<ActionResult<unknown>>, null);

  useEffect(() => {
    if (state?.status === "success") router.refresh();
  }, [state, router]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input: Record<string, unknown> = { ...fixed };
    new FormData(event.currentTarget).forEach((value, key) => {
      input[key] = typeof value === "string" ? value : undefined;
    });
    startTransition(() => formAction(input));
  }

  const errors = state?.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={onSubmit} noValidate className={className}>
      {children?.(errors)}
      <div role="status" aria-live="polite" className="mt-2 text-sm">
        {state?.status === "error" && <p className="text-red-700">{state.formError}</p>}
        {state?.status === "success" && state.message && <p className="text-emerald-700">{state.message}</p>}
      </div>
      <button
        type="submit"
        disabled={pending}
        className={
          "mt-2 rounded-md px-4 py-2 text-sm font-semibold shadow-sm disabled:opacity-60 " +
          (tone === "primary" ? "bg-brand-600 text-white hover:bg-brand-700" : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50")
        }
      >
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
