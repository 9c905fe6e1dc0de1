"use client";
// The sections of the agreement form: what it is, the partners, the signatories, the dates
// and terms, and who is responsible. Each edits its part of the form's values.
import { useTranslations } from "next-intl";
import { OrganizationKindOptions } from "@/components/directory/organization-kind-options";
import type { AgreementChoices } from "@/lib/agreements/queries";
import { withoutParty, type AgreementFormValues, type OtherNameRow, type PartyRow, type SignatoryRow } from "@/lib/agreements/form-values";
import { KNOWLEDGE_STATES, type KnowledgeState } from "@/lib/enumerations";
import { Field, inputClass } from "@/components/forms/field";
import { TypeAhead, type TypeAheadChoice } from "@/components/forms/type-ahead";

/** A person offered by the signatory type-ahead (lib/people/lookup.ts), with what decides whom they signed for. */
type PersonChoice = TypeAheadChoice & { organizationId: string | null; organizationParentId: string | null; ours: boolean };

const sectionClass = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
const smallButton = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50";

/** What every section gets: the values, a setter for one of them (or all), the server's messages per field, and the choices. */
export interface SectionProps {
  values: AgreementFormValues;
  set: <K extends keyof AgreementFormValues>(key: K, value: AgreementFormValues[K]) => void;
  replace: (values: AgreementFormValues) => void;
  errors: Partial<Record<string, string[]>>;
  choices: AgreementChoices;
  /** The names of the partners and people chosen so far, by id (typed-ahead ones, and an edited agreement's). */
  names: Record<string, string>;
  remember: (choice: TypeAheadChoice) => void;
}

/** The props of a text input or select bound to one of the form's text values. */
function bound({ values, set }: SectionProps, key: keyof AgreementFormValues) {
  return {
    name: key,
    value: values[key] as string,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => set(key, e.target.value as never),
  };
}

type KnowledgeKey = "titleKnowledge" | "signatoriesKnowledge" | "focusAreasKnowledge" | "termKnowledge";

/**
 * Known / not known (the source does not say) / none, next to the field it is about. `noneLabel`
 * words "none" for the fact ("None: open-ended").
 */
function KnowledgeChoice({ props, field, noneLabel }: { props: SectionProps; field: KnowledgeKey; noneLabel?: "termNone" }) {
  const t = useTranslations("knowledge");
  const fact = field.replace("Knowledge", "") as "title" | "signatories" | "focusAreas" | "term";
  return (
    <fieldset className="mt-2">
      <legend className="text-sm font-medium text-slate-700">{t(fact)}</legend>
      <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
        {KNOWLEDGE_STATES.map((value: KnowledgeState) => (
          <label key={value} className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="radio"
              className="size-4"
              name={field}
              value={value}
              checked={props.values[field] === value}
              onChange={() => props.set(field, value)}
            />
            {value === "NONE" && noneLabel ? t(noneLabel) : t(value)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The agreement's other names (a headline's, a speech's), each with where it comes from; rows added and removed. */
function OtherNames(props: SectionProps) {
  const { values, set, errors } = props;
  const t = useTranslations("agreementForm");
  const setRow = (index: number, row: OtherNameRow) => set("otherNames", values.otherNames.map((n, i) => (i === index ? row : n)));
  return (
    <fieldset className="sm:col-span-2">
      <legend className="text-sm font-medium text-slate-700">{t("otherNames")}</legend>
      <p className="mt-1 text-sm text-slate-600">{t("otherNamesHint")}</p>
      {errors.otherNames && <p className="mt-1 text-sm text-red-700">{errors.otherNames.join(" ")}</p>}
      <ol className="mt-2 space-y-3">
        {values.otherNames.map((row, index) => (
          <li key={index} className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-2">
            <Field id={`otherNames.${index}.name`} label={t("otherName", { number: index + 1 })} errors={errors[`otherNames.${index}.name`]}>
              {(a) => <input {...a} value={row.name} onChange={(e) => setRow(index, { ...row, name: e.target.value })} className={inputClass} />}
            </Field>
            <Field id={`otherNames.${index}.note`} label={t("otherNameNote")} errors={errors[`otherNames.${index}.note`]}>
              {(a) => <input {...a} value={row.note} onChange={(e) => setRow(index, { ...row, note: e.target.value })} className={inputClass} />}
            </Field>
            <div className="sm:col-span-2">
              <button type="button" className={smallButton} onClick={() => set("otherNames", values.otherNames.filter((_, i) => i !== index))}>
                {t("removeOtherName", { number: index + 1 })}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className={`${smallButton} mt-3`} onClick={() => set("otherNames", [...values.otherNames, { name: "", note: "" }])}>
        {t("addOtherName")}
      </button>
    </fieldset>
  );
}

export function AboutSection(props: SectionProps & { editing: boolean; initialStatuses?: readonly string[] }) {
  const { errors, choices, editing, initialStatuses } = props;
  const t = useTranslations("agreementForm");
  const labels = useTranslations("labels");
  const text = (key: keyof AgreementFormValues) => bound(props, key);
  return (
    <section className={sectionClass} aria-labelledby="about-heading">
      <h2 id="about-heading" className="text-base font-semibold">
        {t("about")}
      </h2>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field id="title" label={t("title")} hint={t("titleHint")} errors={errors.title}>
            {(a) => <input {...a} {...text("title")} className={inputClass} required={props.values.titleKnowledge === "KNOWN"} autoFocus={!editing} />}
          </Field>
          <KnowledgeChoice props={props} field="titleKnowledge" />
        </div>
        <OtherNames {...props} />
        <Field id="typeId" label={t("type")} errors={errors.typeId}>
          {(a) => (
            <select {...a} {...text("typeId")} className={inputClass}>
              <option value="">{t("notStated")}</option>
              {choices.types.map((type) => (
                <option key={type.id} value={type.id}>
                  {type.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {initialStatuses && (
          <Field id="status" label={t("status")} errors={errors.status} hint={t("statusHint")}>
            {(a) => (
              <select {...a} {...text("status")} className={inputClass}>
                {initialStatuses.map((s) => (
                  <option key={s} value={s}>
                    {labels(`status.${s}` as "status.DRAFT")}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <div className="sm:col-span-2">
          <Field id="summary" label={t("summary")} errors={errors.summary}>
            {(a) => <textarea {...a} {...text("summary")} rows={3} className={inputClass} />}
          </Field>
        </div>
      </div>
    </section>  );
}

export function PartiesSection(props: SectionProps) {
  const { values, set, replace, errors, names, remember } = props;
  const t = useTranslations("agreementForm");
  const labels = useTranslations("labels");
  const setParty = (index: number, row: PartyRow) => set("parties", values.parties.map((p, i) => (i === index ? row : p)));
  return (
    <section className={sectionClass} aria-labelledby="parties-heading">
      <h2 id="parties-heading" className="text-base font-semibold">
        {t("partners")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("partnersHint")}</p>
      {errors.parties && <p className="mt-2 text-sm text-red-700">{errors.parties.join(" ")}</p>}
      <ol className="mt-4 space-y-4">
        {values.parties.map((party, index) => (
          <li key={index} className="rounded-lg border border-slate-200 p-3">
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">{t("partner", { number: index + 1 })}</legend>
              <div className="mt-2 flex flex-wrap gap-4 text-sm">
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name={`party-${index}-mode`}
                    checked={party.mode === "existing"}
                    onChange={() => setParty(index, { mode: "existing", organizationId: "", role: party.role })}
                  />
                  {t("existingOrganization")}
                </label>
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name={`party-${index}-mode`}
                    checked={party.mode === "new"}
                    onChange={() => setParty(index, { mode: "new", name: "", localName: "", kind: "UNIVERSITY", country: "", role: party.role })}
                  />
                  {t("newOrganizationMode")}
                </label>
              </div>
              <div className="mt-3 grid gap-3 sm:grid-cols-2">
                {party.mode === "existing" ? (
                  <div className="sm:col-span-2">
                    <Field id={`parties.${index}.organizationId`} label={t("organization")} hint={t("organizationHint")} errors={errors[`parties.${index}.organizationId`]}>
                      {(a) => (
                        <TypeAhead
                          id={a.id}
                          describedBy={a["aria-describedby"]}
                          invalid={a["aria-invalid"]}
                          source="/api/lookup/partners"
                          value={party.organizationId ? { id: party.organizationId, label: names[party.organizationId] ?? "", detail: null } : null}
                          onChange={(choice) => {
                            if (choice) remember(choice);
                            setParty(index, { ...party, organizationId: choice?.id ?? "" });
                          }}
                        />
                      )}
                    </Field>
                  </div>
                ) : (
                  <>
                    <Field id={`parties.${index}.newOrganization.name`} label={t("nameEnglish")} errors={errors[`parties.${index}.newOrganization.name`]}>
                      {(a) => <input {...a} value={party.name} onChange={(e) => setParty(index, { ...party, name: e.target.value })} className={inputClass} />}
                    </Field>
                    <Field id={`parties.${index}.newOrganization.localName`} label={t("localName")} errors={errors[`parties.${index}.newOrganization.localName`]}>
                      {(a) => <input {...a} value={party.localName} onChange={(e) => setParty(index, { ...party, localName: e.target.value })} className={inputClass} />}
                    </Field>
                    <Field id={`parties.${index}.newOrganization.kind`} label={t("kind")} errors={errors[`parties.${index}.newOrganization.kind`]}>
                      {(a) => (
                        <select {...a} value={party.kind} onChange={(e) => setParty(index, { ...party, kind: e.target.value })} className={inputClass}>
                          <OrganizationKindOptions />
                        </select>
                      )}
                    </Field>
                    <Field id={`parties.${index}.newOrganization.country`} label={t("country")} errors={errors[`parties.${index}.newOrganization.country`]}>
                      {(a) => <input {...a} value={party.country} onChange={(e) => setParty(index, { ...party, country: e.target.value })} className={inputClass} />}
                    </Field>
                  </>
                )}
                <Field id={`parties.${index}.role`} label={t("role")} errors={errors[`parties.${index}.role`]}>
                  {(a) => (
                    <select {...a} value={party.role} onChange={(e) => setParty(index, { ...party, role: e.target.value as PartyRow["role"] })} className={inputClass}>
                      <option value="PARTNER">{labels("partyRole.PARTNER")}</option>
                      <option value="CO_SIGNING_BODY">{labels("partyRole.CO_SIGNING_BODY")}</option>
                    </select>
                  )}
                </Field>
              </div>
              {values.parties.length > 1 && (
                <button
                  type="button"
                  className={`${smallButton} mt-3`}
                  onClick={() => replace(withoutParty(values, index))}
                >
                  {t("removePartner", { number: index + 1 })}
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className={`${smallButton} mt-4`} onClick={() => set("parties", [...values.parties, { mode: "existing", organizationId: "", role: "PARTNER" }])}>
        {t("addPartner")}
      </button>
    </section>  );
}

export function SignatoriesSection(props: SectionProps) {
  const { values, set, errors, names, remember } = props;
  const t = useTranslations("agreementForm");
  const setSignatory = (index: number, row: SignatoryRow) => set("signatories", values.signatories.map((s, i) => (i === index ? row : s)));
  const partyLabel = (index: number) => {
    const party = values.parties[index];
    if (!party) return t("party", { number: index + 1 });
    if (party.mode === "new") return party.name || party.localName || t("newOrganization", { number: index + 1 });
    return names[party.organizationId]?.split(" · ")[0] ?? t("party", { number: index + 1 });
  };
  // Whom a chosen person signed for: our side for our own people, else the partner they belong
  // to (or whose unit they belong to); otherwise the choice made so far stands.
  const signedFor = (person: PersonChoice, current: number) => {
    if (person.ours) return -1;
    const party = values.parties.findIndex(
      (p) => p.mode === "existing" && p.organizationId !== "" && (p.organizationId === person.organizationId || p.organizationId === person.organizationParentId),
    );
    return party >= 0 ? party : current;
  };
  return (
    <section className={sectionClass} aria-labelledby="signatories-heading">
      <h2 id="signatories-heading" className="text-base font-semibold">
        {t("signatories")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("signatoriesHint")}</p>
      <KnowledgeChoice props={props} field="signatoriesKnowledge" />
      {errors.signatories && <p id="signatories-error" className="mt-2 text-sm text-red-700">{errors.signatories.join(" ")}</p>}
      <ol className="mt-4 space-y-4">
        {values.signatories.map((signatory, index) => (
          <li key={index} className="rounded-lg border border-slate-200 p-3">
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">{t("signatory", { number: index + 1 })}</legend>
              <div className="mt-2 flex flex-wrap gap-4 text-sm">
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name={`signatory-${index}-mode`}
                    checked={signatory.mode === "existing"}
                    onChange={() => setSignatory(index, { mode: "existing", personId: "", onBehalfOfParty: signatory.onBehalfOfParty })}
                  />
                  {t("existingPerson")}
                </label>
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name={`signatory-${index}-mode`}
                    checked={signatory.mode === "new"}
                    onChange={() => setSignatory(index, { mode: "new", name: "", localName: "", position: "", onBehalfOfParty: signatory.onBehalfOfParty })}
                  />
                  {t("newPerson")}
                </label>
              </div>
              <div className="mt-3 grid gap-3 sm:grid-cols-2">
                {signatory.mode === "existing" ? (
                  <div className="sm:col-span-2">
                    <Field id={`signatories.${index}.personId`} label={t("person")} hint={t("personHint")} errors={errors[`signatories.${index}.personId`]}>
                      {(a) => (
                        <TypeAhead<PersonChoice>
                          id={a.id}
                          describedBy={a["aria-describedby"]}
                          invalid={a["aria-invalid"]}
                          source="/api/lookup/people"
                          value={signatory.personId ? { id: signatory.personId, label: names[signatory.personId] ?? "", detail: null, organizationId: null, organizationParentId: null, ours: false } : null}
                          onChange={(choice) => {
                            if (choice) remember(choice);
                            setSignatory(index, {
                              ...signatory,
                              personId: choice?.id ?? "",
                              onBehalfOfParty: choice ? signedFor(choice, signatory.onBehalfOfParty) : signatory.onBehalfOfParty,
                            });
                          }}
                        />
                      )}
                    </Field>
                  </div>
                ) : (
                  <>
                    <Field id={`signatories.${index}.newPerson.name`} label={t("name")} errors={errors[`signatories.${index}.newPerson.name`]}>
                      {(a) => <input {...a} value={signatory.name} onChange={(e) => setSignatory(index, { ...signatory, name: e.target.value })} className={inputClass} />}
                    </Field>
                    <Field id={`signatories.${index}.newPerson.localName`} label={t("localName")} errors={errors[`signatories.${index}.newPerson.localName`]}>
                      {(a) => <input {...a} value={signatory.localName} onChange={(e) => setSignatory(index, { ...signatory, localName: e.target.value })} className={inputClass} />}
                    </Field>
                    <Field id={`signatories.${index}.newPerson.position`} label={t("position")} errors={errors[`signatories.${index}.newPerson.position`]}>
                      {(a) => <input {...a} value={signatory.position} onChange={(e) => setSignatory(index, { ...signatory, position: e.target.value })} className={inputClass} />}
                    </Field>
                  </>
                )}
                {/* Radio buttons, not a select: a party's long name wraps instead of being cut off, and there are few. */}
                <fieldset
                  className="sm:col-span-2"
                  aria-describedby={errors[`signatories.${index}.onBehalfOfParty`] ? `signatories.${index}.onBehalfOfParty-error` : undefined}
                >
                  <legend className="block text-sm font-medium text-slate-700">{t("signedFor")}</legend>
                  <div className="mt-1 space-y-1">
                    {[-1, ...values.parties.map((_, partyIndex) => partyIndex)].map((party) => (
                      <label key={party} className="flex items-start gap-2 text-sm text-slate-700">
                        <input
                          type="radio"
                          className="mt-0.5 size-4 shrink-0"
                          name={`signatory-${index}-for`}
                          checked={signatory.onBehalfOfParty === party}
                          onChange={() => setSignatory(index, { ...signatory, onBehalfOfParty: party })}
                        />
                        {party === -1 ? t("ourInstitution") : partyLabel(party)}
                      </label>
                    ))}
                  </div>
                  {errors[`signatories.${index}.onBehalfOfParty`] && (
                    <p id={`signatories.${index}.onBehalfOfParty-error`} className="mt-1 text-sm text-red-700">
                      {errors[`signatories.${index}.onBehalfOfParty`]!.join(" ")}
                    </p>
                  )}
                </fieldset>
              </div>
              <button type="button" className={`${smallButton} mt-3`} onClick={() => set("signatories", values.signatories.filter((_, i) => i !== index))}>
                {t("removeSignatory", { number: index + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={`${smallButton} mt-4`}
        onClick={() => set("signatories", [...values.signatories, { mode: "new", name: "", localName: "", position: "", onBehalfOfParty: -1 }])}
      >
        {t("addSignatory")}
      </button>
    </section>  );
}

export function DatesSection(props: SectionProps) {
  const { values, set, errors } = props;
  const t = useTranslations("agreementForm");
  const DATE_HINT = t("dateHint");
  const text = (key: keyof AgreementFormValues) => bound(props, key);
  return (
    <section className={sectionClass} aria-labelledby="dates-heading">
      <h2 id="dates-heading" className="text-base font-semibold">
        {t("dates")}
      </h2>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <div>
          <Field id="signedOn" label={t("signedOn")} hint={DATE_HINT} errors={errors.signedOn}>
            {(a) => <input {...a} {...text("signedOn")} inputMode="numeric" placeholder="2020-01-03" className={inputClass} />}
          </Field>
          <label className="mt-2 flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name="signedOnApproximate" checked={values.signedOnApproximate} onChange={(e) => set("signedOnApproximate", e.target.checked)} className="size-4" />
            {t("signedOnApproximate")}
          </label>
        </div>
        <Field id="signedPlace" label={t("signedPlace")} errors={errors.signedPlace}>
          {(a) => <input {...a} {...text("signedPlace")} className={inputClass} />}
        </Field>
        <Field id="effectiveFrom" label={t("effectiveFrom")} hint={DATE_HINT} errors={errors.effectiveFrom}>
          {(a) => <input {...a} {...text("effectiveFrom")} inputMode="numeric" className={inputClass} />}
        </Field>
        <div className="sm:col-span-2">
          <KnowledgeChoice props={props} field="termKnowledge" noneLabel="termNone" />
        </div>
        <Field id="expiresOn" label={t("expiresOn")} hint={t("expiresHint")} errors={errors.expiresOn}>
          {(a) => <input {...a} {...text("expiresOn")} inputMode="numeric" className={inputClass} />}
        </Field>
        <Field id="termMonths" label={t("termMonths")} errors={errors.termMonths}>
          {(a) => <input {...a} {...text("termMonths")} inputMode="numeric" className={inputClass} />}
        </Field>
        <Field id="noticePeriodDays" label={t("noticePeriodDays")} errors={errors.noticePeriodDays}>
          {(a) => <input {...a} {...text("noticePeriodDays")} inputMode="numeric" className={inputClass} />}
        </Field>
        <label className="flex items-center gap-2 text-sm text-slate-700 sm:col-span-2">
          <input type="checkbox" checked={values.automaticRenewal} onChange={(e) => set("automaticRenewal", e.target.checked)} className="size-4" />
          {t("automaticRenewal")}
        </label>
        {errors.automaticRenewal && <p className="text-sm text-red-700 sm:col-span-2">{errors.automaticRenewal.join(" ")}</p>}
        {values.automaticRenewal && (
          <>
            <Field id="renewalTermMonths" label={t("renewalTermMonths")} hint={t("renewalTermMonthsHint")} errors={errors.renewalTermMonths}>
              {(a) => <input {...a} {...text("renewalTermMonths")} inputMode="numeric" className={inputClass} />}
            </Field>
            <Field id="renewalLimit" label={t("renewalLimit")} hint={t("renewalLimitHint")} errors={errors.renewalLimit}>
              {(a) => <input {...a} {...text("renewalLimit")} inputMode="numeric" className={inputClass} />}
            </Field>
            <Field id="renewalFinalDate" label={t("renewalFinalDate")} hint={t("renewalFinalDateHint")} errors={errors.renewalFinalDate}>
              {(a) => <input {...a} {...text("renewalFinalDate")} inputMode="numeric" className={inputClass} />}
            </Field>
          </>
        )}
      </div>
    </section>  );
}

export function ResponsibilitySection(props: SectionProps) {
  const { values, set, errors, choices } = props;
  const t = useTranslations("agreementForm");
  const text = (key: keyof AgreementFormValues) => bound(props, key);
  return (
    <section className={sectionClass} aria-labelledby="responsibility-heading">
      <h2 id="responsibility-heading" className="text-base font-semibold">
        {t("responsibility")}
      </h2>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <Field id="ownerId" label={t("owner")} errors={errors.ownerId}>
          {(a) => (
            <select {...a} {...text("ownerId")} className={inputClass}>
              <option value="">{t("none")}</option>
              {choices.users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="leadUnitId" label={t("leadUnit")} errors={errors.leadUnitId}>
          {(a) => (
            <select {...a} {...text("leadUnitId")} className={inputClass}>
              <option value="">{t("none")}</option>
              {choices.leadUnits.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="mt-4">
        <legend className="text-sm font-medium text-slate-700">{t("focusAreas")}</legend>
        <KnowledgeChoice props={props} field="focusAreasKnowledge" />
        {errors.focusAreaIds && <p className="mt-1 text-sm text-red-700">{errors.focusAreaIds.join(" ")}</p>}
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {choices.focusAreas.map((f) => (
            <label key={f.id} className="flex items-center gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                className="size-4"
                checked={values.focusAreaIds.includes(f.id)}
                onChange={(e) => set("focusAreaIds", e.target.checked ? [...values.focusAreaIds, f.id] : values.focusAreaIds.filter((x) => x !== f.id))}
              />
              {f.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-4">
        <Field id="notes" label={t("notes")} hint={t("notesHint")} errors={errors.notes}>
          {(a) => <textarea {...a} {...text("notes")} rows={3} className={inputClass} />}
        </Field>
      </div>
    </section>  );
}
