// A labelled form field with its error line, tied together for assistive technology.
export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-red-500 sm:text-sm";

export function Field({
  id,
  label,
  fullLabel,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  /** A longer name for screen readers, containing `label` ("Role of Ana Li" for "Role"), where rows repeat the same fields. */
  fullLabel?: string;
  hint?: string;
  errors?: string[];
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {fullLabel ? (
          <>
            <span className="sr-only">{fullLabel}</span>
            <span aria-hidden>{label}</span>
          </>
        ) : (
          label
        )}
      </label>
      {children({ id, "aria-invalid": errorId ? true : undefined, "aria-describedby": describedBy })}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
