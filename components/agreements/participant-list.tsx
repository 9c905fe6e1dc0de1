import { useLocale, useTranslations } from "next-intl";
import { PARTICIPANT_ROLES } from "@/lib/enumerations";
import { namesInOrder, positionIn } from "@/lib/i18n/names";
import { BilingualName } from "./names";
import type { AgreementDetail } from "@/lib/agreements/queries";

type Participant = AgreementDetail["participants"][number];

/** The party someone signed or attended for (a unit with its parent), in the reader's script. */
function OnBehalfOf({ organization }: { organization: Participant["onBehalfOf"] }) {
  const locale = useLocale();
  if (!organization) return null;
  return (
    <>
      {namesInOrder(locale, organization)[0]}
      {organization.parent && <span className="text-slate-500">, {namesInOrder(locale, organization.parent)[0]}</span>}
    </>
  );
}

/**
 * Signatories, witnesses and attendees, grouped by role. With none, it says why in the words
 * that fit: a source that names nobody (`fromSource`), or simply nobody recorded yet (logged by hand).
 */
export function ParticipantList({ participants, fromSource }: { participants: Participant[]; fromSource: boolean }) {
  const locale = useLocale();
  const t = useTranslations("agreement");
  const labels = useTranslations("labels");
  if (participants.length === 0) {
    return <p className="text-sm text-slate-500">{t(fromSource ? "noParticipants" : "noParticipantsRecorded")}</p>;
  }
  const groups = PARTICIPANT_ROLES
    .map((role) => ({ role, members: participants.filter((p) => p.role === role) }))
    .filter((group) => group.members.length > 0);
  return (
    <div className="space-y-5">
      {groups.map(({ role, members }) => (
        <div key={role}>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{labels(`participantRole.${role}`)}</h3>
          <ul className="mt-2 divide-y divide-slate-100">
            {members.map((p, index) => (
              <li key={index} className="py-2 text-sm">
                {p.person ? (
                  <>
                    <BilingualName
                      names={p.person}
                      fallback={t("nameNotKnown")}
                      primary={(name) => <span className="font-medium text-slate-900">{name}</span>}
                      secondaryClassName="ml-1.5 text-slate-500"
                    />
                    <div className="text-slate-600">
                      {positionIn(p.person, locale)}
                      {positionIn(p.person, locale) && p.onBehalfOf && " · "}
                      <OnBehalfOf organization={p.onBehalfOf} />
                    </div>
                  </>
                ) : (
                  <>
                    <span className="font-medium text-slate-900">
                      <OnBehalfOf organization={p.onBehalfOf} />
                    </span>
                    {p.note && <div className="text-slate-600">{p.note}</div>}
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
