// An agreement's relations to others (both ends), and for a framework, what implements it and
// which of its focus areas nothing implements yet.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { referenceName } from "@/lib/i18n/names";
import type { Locale } from "@/lib/i18n/locales";
import { listHref } from "@/lib/agreements/list-params";
import type { RelatedAgreement } from "@/lib/agreements/relation-queries";
import { AddRelationForm, RemoveRelationButton } from "./relation-forms";
import { StatusBadge } from "./status-badge";
import { AgreementName } from "@/components/agreements/agreement-name";

/** Consecutive relations of one kind and direction, in the order given. */
function groups(relations: RelatedAgreement[]) {
  const out: { key: string; rows: RelatedAgreement[] }[] = [];
  for (const relation of relations) {
    const key = `${relation.direction}.${relation.kind}`;
    if (out.at(-1)?.key === key) out.at(-1)!.rows.push(relation);
    else out.push({ key, rows: [relation] });
  }
  return out;
}

export function AgreementRelations({
  reference,
  relations,
  coverage,
  canWrite,
}: {
  reference: string;
  relations: RelatedAgreement[];
  coverage: { uncovered: { id: string; name: string; localName: string | null }[]; implementing: number; areas: number };
  canWrite: boolean;
}) {
  const t = useTranslations("relations");
  const list = useTranslations("meta");
  const locale = useLocale() as Locale;
  return (
    <div className="space-y-4 text-sm">
      {relations.length === 0 && <p className="text-slate-500">{t("none")}</p>}
      {groups(relations).map(({ key, rows }) => (
        <div key={key}>
          <h3 className="font-medium text-slate-700">{t(`group.${key}` as "group.outgoing.IMPLEMENTS")}</h3>
          <ul className="mt-1 space-y-2">
            {rows.map((row) => (
              <li key={row.relationId} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-mono text-xs text-slate-500">{row.reference}</span>
                <Link href={`/agreements/${row.reference}`} className="font-medium text-brand-700 hover:underline">
                  <AgreementName agreement={row.naming} />
                </Link>
                <StatusBadge status={row.status} />
                {row.archived && <span className="text-xs text-slate-500">{t("archived")}</span>}
                {canWrite && <RemoveRelationButton reference={reference} relationId={row.relationId} otherReference={row.reference} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {coverage.implementing > 0 && (
        <div className="rounded-md bg-slate-50 p-3">
          <p className="text-slate-700">
            {coverage.areas === 0
              ? t("noAreasToCover")
              : coverage.uncovered.length > 0
                ? t("coverage", { areas: coverage.uncovered.map((area) => referenceName(area, locale)).join(list("listSeparator")) })
                : t("covered")}
          </p>
          <Link href={listHref({ framework: reference })} className="mt-1 inline-block font-medium text-brand-700 underline">
            {t("underFramework", { count: coverage.implementing })}
          </Link>
        </div>
      )}
      {canWrite && <AddRelationForm reference={reference} />}
    </div>
  );
}
