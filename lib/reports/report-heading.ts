// What every report of the agreements list says about itself: the institution, the filters in
// words, the day it was made and the counts. Shared by the register PDF and the Excel file's
// first sheet, so both say the same.
import type { Database } from "../prisma-client";
import type { AgreementListFilters } from "../agreements/list-params";
import { AGREEMENT_STATUSES, type AgreementStatus } from "../agreements/status";
import { institutionToday } from "../dates/institution-time";
import { toIsoPartial } from "../dates/partial-date";
import { localeOfTranslator, translatorFor, type Messages, type Translator } from "../i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { namesInOrder, referenceName } from "../i18n/names";
import { countryName } from "../i18n/countries";
import { provinceByCode } from "./china-provinces";

/** The filters in words, naming partners, types and the like rather than their ids ("" → the `none` word). */
export async function describeFilters(database: Database, filters: AgreementListFilters, t: Translator = translatorFor()): Promise<string> {
  const name = async (find: () => Promise<{ name: string } | null>) => (await find())?.name ?? t("exports.register.filters.unknown");
  const f = (key: Exclude<keyof Messages["exports"]["register"]["filters"], "none">, values: Record<string, string | number> = {}) =>
    t(`exports.register.filters.${key}`, values as never);
  const locale = localeOfTranslator(t);
  const listName = async (find: () => Promise<{ name: string; localName: string | null } | null>) => {
    const found = await find();
    return found ? referenceName(found, locale) : t("exports.register.filters.unknown");
  };
  const parts: string[] = [];
  if (filters.q) parts.push(f("search", { q: filters.q }));
  if (filters.status) parts.push(f("status", { status: t(`labels.status.${filters.status}`) }));
  if (filters.type) parts.push(f("type", { name: await listName(() => database.agreementType.findUnique({ where: { id: filters.type! }, select: { name: true, localName: true } })) }));
  if (filters.partner) parts.push(f("partner", { name: await name(() => database.organization.findUnique({ where: { id: filters.partner! }, select: { name: true } })) }));
  if (filters.partnerKind) parts.push(f("partnerKind", { kind: t(`labels.organizationKind.${filters.partnerKind}`) }));
  if (filters.country) parts.push(f("country", { country: countryName(filters.country, locale) ?? filters.country }));
  if (filters.province) {
    const province = provinceByCode(filters.province);
    parts.push(f("province", { province: province ? (locale === "zh-CN" ? province.zh : province.en) : filters.province }));
  }
  if (filters.region) parts.push(f("region", { region: filters.region }));
  if (filters.focus) parts.push(f("focus", { name: await listName(() => database.focusArea.findUnique({ where: { id: filters.focus! }, select: { name: true, localName: true } })) }));
  if (filters.owner) parts.push(f("owner", { name: await name(() => database.user.findUnique({ where: { id: filters.owner! }, select: { name: true } })) }));
  if (filters.leadUnit) parts.push(f("leadUnit", { name: await name(() => database.organization.findUnique({ where: { id: filters.leadUnit! }, select: { name: true } })) }));
  if (filters.signedFrom) parts.push(f("signedFrom", { date: filters.signedFrom }));
  if (filters.signedTo) parts.push(f("signedTo", { date: filters.signedTo }));
  if (filters.expiringWithin) parts.push(f("expiringWithin", { days: filters.expiringWithin }));
  if (filters.noticeWithin) parts.push(f("noticeWithin", { days: filters.noticeWithin }));
  if (filters.expiresFrom) parts.push(f("expiresFrom", { date: filters.expiresFrom }));
  if (filters.expiresTo) parts.push(f("expiresTo", { date: filters.expiresTo }));
  if (filters.noticeFrom) parts.push(f("noticeFrom", { date: filters.noticeFrom }));
  if (filters.noticeTo) parts.push(f("noticeTo", { date: filters.noticeTo }));
  if (filters.framework) parts.push(f("framework", { reference: filters.framework }));
  if (filters.event) parts.push(f("event", { name: await name(() => database.signingEvent.findUnique({ where: { id: filters.event! }, select: { name: true } })) }));
  parts.push(f(filters.archived === "only" ? "archivedOnly" : filters.archived === "include" ? "archivedIncluded" : "archivedLeftOut"));
  return parts.join(t("meta.listSeparator"));
}

/** The institution's name in `locale`'s script, its other name beside it when it has one, or null before one is set up. */
export async function institutionName(database: Database, locale: Locale = DEFAULT_LOCALE): Promise<string | null> {
  const own = await database.organization.findFirst({ where: { isOwnInstitution: true, parentId: null }, select: { name: true, localName: true } });
  if (!own) return null;
  // The reader's script first, as every name in two scripts (namesInOrder).
  const [first, second] = namesInOrder(locale, own);
  return second && second !== first ? `${first} (${second})` : first;
}

/** The report's day, YYYY-MM-DD in the institution's time zone. */
export const reportDay = (now: Date) => toIsoPartial(institutionToday(now), "DAY");

/** How many agreements a report holds, in all and by the status shown for each (expired when past its end). */
export class StatusCounts {
  total = 0;
  readonly byStatus = new Map<AgreementStatus, number>();
  add(status: AgreementStatus) {
    this.total++;
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
  }
  /** The statuses present, in the lifecycle's order, with their counts. */
  entries(): [AgreementStatus, number][] {
    return AGREEMENT_STATUSES.filter((s) => this.byStatus.has(s)).map((s) => [s, this.byStatus.get(s)!]);
  }
}
