// Countries are stored as ISO 3166-1 alpha-2 codes (upper case, "CN") and named in the reader's
// language from the platform's CLDR data (Intl.DisplayNames), so no country name is kept in the
// catalogues or the database. Typed text (a form, an import) becomes a code here. Decision 020.
import { foldText } from "../text/fold";
import { intlLocaleOf, LOCALES, type Locale } from "./locales";
import { collatorFor } from "./names";

/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes (ISO 3166 Maintenance Agency). CLDR also
 * names exceptional and user-assigned codes (EU, XK, UN …) and withdrawn ones (UK, YU …): not here.
 */
export const COUNTRY_CODES: readonly string[] = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO " +
  "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR " +
  "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
  "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV " +
  "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");
const CODES = new Set(COUNTRY_CODES);

/**
 * Names people write that CLDR does not give (in English or Chinese): former, short, official and
 * informal names, and the parts of the United Kingdom. Keys as typed; they are folded when read.
 */
export const COUNTRY_VARIANTS: Readonly<Record<string, string>> = {
  "PRC": "CN", "P.R. China": "CN", "P. R. China": "CN", "People's Republic of China": "CN", "Mainland China": "CN",
  "China (Mainland)": "CN", "中华人民共和国": "CN", "中国大陆": "CN", "中國": "CN", "大陆": "CN",
  "USA": "US", "U.S.A.": "US", "U.S.": "US", "United States of America": "US", "America": "US", "美利坚合众国": "US",
  "UK": "GB", "U.K.": "GB", "Great Britain": "GB", "Britain": "GB", "England": "GB", "Scotland": "GB", "Wales": "GB",
  "Northern Ireland": "GB", "United Kingdom of Great Britain and Northern Ireland": "GB", "大不列颠及北爱尔兰联合王国": "GB",
  "英格兰": "GB", "苏格兰": "GB", "威尔士": "GB",
  "Korea": "KR", "Republic of Korea": "KR", "Korea, Republic of": "KR", "South Korea": "KR", "ROK": "KR", "韩国": "KR", "南韩": "KR", "大韩民国": "KR",
  "North Korea": "KP", "DPRK": "KP", "朝鲜": "KP",
  "Russian Federation": "RU", "俄罗斯联邦": "RU",
  "Hong Kong SAR": "HK", "Hong Kong, China": "HK", "Hong Kong SAR, China": "HK", "中国香港": "HK", "香港特别行政区": "HK", "香港": "HK",
  "Macau": "MO", "Macao": "MO", "Macao SAR": "MO", "Macau SAR": "MO", "Macao, China": "MO", "中国澳门": "MO", "澳门特别行政区": "MO", "澳门": "MO",
  "Taiwan, China": "TW", "Chinese Taipei": "TW", "中国台湾": "TW", "台湾": "TW",
  "Viet Nam": "VN", "Czech Republic": "CZ", "Holland": "NL", "The Netherlands": "NL", "Türkiye": "TR", "Turkey": "TR",
  "Ivory Coast": "CI", "Vatican": "VA", "Holy See": "VA", "Burma": "MM", "UAE": "AE", "Iran, Islamic Republic of": "IR",
  "Lao PDR": "LA", "Syrian Arab Republic": "SY", "Swaziland": "SZ", "Macedonia": "MK", "Cape Verde": "CV",
  "East Timor": "TL", "Deutschland": "DE", "Brasil": "BR", "España": "ES", "Nippon": "JP", "Zaire": "CD",
};

const displayNames = new Map<string, Intl.DisplayNames>();
function namesIn(intlLocale: string): Intl.DisplayNames {
  let names = displayNames.get(intlLocale);
  if (!names) displayNames.set(intlLocale, (names = new Intl.DisplayNames([intlLocale], { type: "region", fallback: "code" })));
  return names;
}

/** Whether `value` is one of the codes Pacta stores ("CN"; upper case only). */
export function isCountryCode(value: unknown): value is string {
  return typeof value === "string" && CODES.has(value);
}

/** The country's name in the reader's language ("CN" → "China" / "中国"); null for null; an unknown code as it is. */
export function countryName(code: string | null | undefined, locale: Locale): string | null {
  if (!code) return null;
  if (!isCountryCode(code)) return code;
  // An export names a country for every row (50,000 at a time): DisplayNames.of costs ~10 µs a call, a lookup far less.
  const key = `${locale}|${code}`;
  let name = countryNames.get(key);
  if (name === undefined) countryNames.set(key, (name = namesIn(intlLocaleOf(locale)).of(code) ?? code));
  return name;
}
/** Names already given, by locale and code: at most 249 a language. */
const countryNames = new Map<string, string>();

/** Every country, named in the reader's language and in its order (pinyin for Chinese): a form's choices. */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
  const collator = collatorFor(locale);
  return COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale)! })).sort((a, b) => collator.compare(a.name, b.name));
}

/** The languages whose names a typed country is recognised in: ours, and traditional Chinese. */
const RECOGNISED_LOCALES = [...LOCALES.map(intlLocaleOf), "en-US", "zh-Hant"];

/** Every name a country is recognised by (folded) → its code. Built once. */
let recognised: Map<string, string> | null = null;
/** Every (name, code) pair a typed country is recognised by, as written (CLDR names in each language, then variants). */
export function recognisedCountryNames(): [string, string][] {
  const pairs: [string, string][] = [];
  for (const code of COUNTRY_CODES) {
    pairs.push([code, code]);
    for (const locale of RECOGNISED_LOCALES) {
      pairs.push([namesIn(locale).of(code) ?? code, code]);
      // CLDR's short forms too: "Hong Kong" beside "Hong Kong SAR China".
      pairs.push([new Intl.DisplayNames([locale], { type: "region", style: "short" }).of(code) ?? code, code]);
    }
  }
  for (const [name, code] of Object.entries(COUNTRY_VARIANTS)) pairs.push([name, code]);
  return pairs;
}

const fold = (text: string) => foldText(text).replace(/^the\s+/, "").replace(/[.\s]+$/, "");

/**
 * The code of a country as a person typed it: a code ("cn", "CN"), or its name in English or
 * Chinese (simplified or traditional, CLDR's or a common variant: "PRC", "UK", "韩国"), compared by
 * the text rule (case, width, accents). Null when it names no country we know.
 */
export function countryCodeOf(text: string | null | undefined): string | null {
  if (!text) return null;
  if (!recognised) {
    recognised = new Map();
    for (const [name, code] of recognisedCountryNames()) {
      const key = fold(name);
      if (key && !recognised.has(key)) recognised.set(key, code);
    }
  }
  return recognised.get(fold(text)) ?? null;
}
