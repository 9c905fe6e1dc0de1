// Message keys are checked by the compiler: a key missing from the English catalogue fails `npm run typecheck`.
import type en from "@/lib/i18n/messages/en.json";
import type { Locale } from "@/lib/i18n/locales";

declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
