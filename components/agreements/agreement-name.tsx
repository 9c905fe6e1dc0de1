import { useLocale, useTranslations } from "next-intl";
import { agreementName, type AgreementNaming } from "@/lib/agreements/label";
import type { Locale } from "@/lib/i18n/locales";

/**
 * An agreement's title, or for an untitled one its label (type and partners) in italic grey with
 * "untitled" said to screen readers: visibly not a title.
 */
export function AgreementName({ agreement }: { agreement: AgreementNaming }) {
  const locale = useLocale() as Locale;
  const t = useTranslations("agreementLabel");
  const { text, untitled } = agreementName(agreement, locale, (key, values) => t(key, values));
  if (!untitled) return <>{text}</>;
  return (
    <span className="italic text-slate-500" data-untitled="">
      {text}
      <span className="sr-only"> ({t("untitled")})</span>
    </span>
  );
}
