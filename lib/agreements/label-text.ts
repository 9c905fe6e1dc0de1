// An agreement's title or label as plain text, outside React (PDFs, e-mails, calendar feeds).
import type { Locale } from "../i18n/locales";
import { translatorFor } from "../i18n/translator";
import { agreementName, type AgreementNaming, type SayLabel } from "./label";

const sayers = new Map<Locale, SayLabel>();
function sayIn(locale: Locale): SayLabel {
  let say = sayers.get(locale);
  if (!say) {
    const t = translatorFor(locale);
    sayers.set(locale, (say = (key, values) => t(`agreementLabel.${key}`, values as never)));
  }
  return say;
}

/** The title, or the label of an untitled agreement in the reader's language, with whether it is a label. */
export function agreementNameIn(agreement: AgreementNaming, locale: Locale): { text: string; untitled: boolean } {
  return agreementName(agreement, locale, sayIn(locale));
}
