import { useTranslations } from "next-intl";
import { inputClass } from "./field";

/** A labelled choice in a filter bar, with an "any" option first. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
  empty,
}: {
  id: string;
  name: string;
  label: string;
  value?: string | number;
  options: { value: string; label: string }[];
  empty?: string;
}) {
  const t = useTranslations("common");
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{empty ?? t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
