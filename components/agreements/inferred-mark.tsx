import { useTranslations } from "next-intl";

/** Marks a value that the source does not state but Pacta inferred; links to the reasoning. */
export function InferredMark({ field }: { field: string }) {
  const t = useTranslations("agreement");
  return (
    <a
      href={`#evidence-${field}`}
      title={t("inferredMarkTitle")}
      className="ml-1.5 inline-flex items-center rounded-full bg-amber-50 px-2 py-0.5 align-middle text-xs font-medium text-amber-800 ring-1 ring-inset ring-amber-300 hover:bg-amber-100"
    >
      {t("inferredMark")}
    </a>
  );
}
