// The signing ceremony an agreement was signed at: when, where, who hosted, who was present (in
// their role and their position then), and the other agreements signed there.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { listHref } from "@/lib/agreements/list-params";
import type { SigningEventDetail } from "@/lib/agreements/signing-events";
import { namesInOrder } from "@/lib/i18n/names";
import { EvidenceList } from "./evidence-list";
import { PartialDateText } from "./partial-date-text";
import { AgreementName } from "@/components/agreements/agreement-name";

export function SigningEvent({ event }: { event: SigningEventDetail }) {
  const t = useTranslations("signingEvent");
  const locale = useLocale();
  const name = (names: { name: string | null; localName: string | null }) => namesInOrder(locale, names)[0];
  return (
    <div className="space-y-4 text-sm">
      <p className="font-medium">
        <Link href={`/ceremonies/${event.id}`} className="text-brand-700 hover:underline">
          {event.name}
        </Link>
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-slate-500">{t("heldOn")}</dt>
        <dd>
          <PartialDateText value={event.heldOn} />
        </dd>
        {event.place && (
          <>
            <dt className="text-slate-500">{t("place")}</dt>
            <dd>{event.place}</dd>
          </>
        )}
        {event.host && (
          <>
            <dt className="text-slate-500">{t("host")}</dt>
            <dd>
              <Link href={`/organizations/${event.host.id}`} className="text-brand-700 hover:underline">
                {name(event.host)}
              </Link>
            </dd>
          </>
        )}
      </dl>

      <div>
        <h3 className="font-medium text-slate-700">{t("present")}</h3>
        <ul className="mt-1 space-y-1">
          {event.attendances.map((a, index) => (
            <li key={index}>
              <span className="mr-2 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t(`role.${a.role}`)}</span>
              {a.person ? (
                <Link href={`/people/${a.person.id}`} className="font-medium text-brand-700 hover:underline">
                  {name(a.person)}
                </Link>
              ) : (
                a.onBehalfOf && <span>{t("someone", { organization: name(a.onBehalfOf) })}</span>
              )}
              {a.position && <span className="text-slate-600">, {t("positionThen", { position: a.position })}</span>}
              {a.person && a.onBehalfOf && <span className="text-slate-600"> · {t("forOrganization", { organization: name(a.onBehalfOf) })}</span>}
              {a.note && <span className="text-slate-500"> ({a.note})</span>}
            </li>
          ))}
        </ul>
      </div>

      {event.otherAgreements.length > 0 && (
        <div>
          <h3 className="font-medium text-slate-700">{t("otherAgreements")}</h3>
          <ul className="mt-1 space-y-1">
            {event.otherAgreements.map((a) => (
              <li key={a.reference}>
                <span className="font-mono text-xs text-slate-500">{a.reference}</span>{" "}
                <Link href={`/agreements/${a.reference}`} className="text-brand-700 hover:underline">
                  <AgreementName agreement={a} />
                </Link>
              </li>
            ))}
          </ul>
          <Link href={listHref({ event: event.id })} className="mt-2 inline-block font-medium text-brand-700 underline">
            {t("inList", { count: event.agreementCount })}
          </Link>
        </div>
      )}

      {event.evidence.length > 0 && (
        <details>
          <summary className="cursor-pointer font-medium text-brand-700">{t("evidence")}</summary>
          <div className="mt-3">
            <EvidenceList items={event.evidence} />
          </div>
        </details>
      )}
    </div>
  );
}
