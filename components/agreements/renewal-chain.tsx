import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AgreementDetail } from "@/lib/agreements/queries";
import { PartialDateText } from "./partial-date-text";
import { StatusBadge } from "./status-badge";
import { AgreementName } from "@/components/agreements/agreement-name";

/** The agreement's renewal chain, oldest first, with the current agreement marked. */
export function RenewalChain({ chain }: { chain: AgreementDetail["renewalChain"] }) {
  const t = useTranslations("agreement");
  if (chain.length <= 1) return <p className="text-sm text-slate-500">{t("noRenewals")}</p>;
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5" aria-label={t("renewalChainLabel")}>
      {chain.map((link) => (
        <li key={link.reference} className="relative" aria-current={link.current ? "true" : undefined}>
          <span
            aria-hidden
            className={`absolute -left-[27px] top-1 size-3 rounded-full ring-4 ring-white ${link.current ? "bg-brand-600" : "bg-slate-300"}`}
          />
          <div className="font-mono text-xs text-slate-500">{link.reference}</div>
          {link.current ? (
            <div className="font-medium text-slate-900">
              <AgreementName agreement={link.naming} /> <span className="text-xs font-normal text-slate-500">{t("thisAgreement")}</span>
            </div>
          ) : (
            <Link href={`/agreements/${link.reference}`} className="font-medium text-brand-700 hover:underline">
              <AgreementName agreement={link.naming} />
            </Link>
          )}
          <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
            <StatusBadge status={link.status} />
            <span>
              {t("signedOnDate")} <PartialDateText value={link.signedOn} empty={t("dateUnknown")} />
            </span>
          </div>
        </li>
      ))}
    </ol>
  );
}
