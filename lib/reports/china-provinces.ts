// China's provincial-level divisions (ISO 3166-2:CN), the names an organisation's free-text
// region may give for each (English, pinyin, Chinese, short and full), and where each sits on
// the dashboard's tile map of China. A tile map, not a drawn outline: Beijing, Tianjin,
// Shanghai, Hong Kong and Macao would be a few pixels on a drawn map, and every province
// weighs the same on the page (see docs/decisions/018-dashboard-maps.md).

export type ProvinceKind = "province" | "municipality" | "autonomousRegion" | "specialAdministrativeRegion";

export interface Province {
  /** The ISO 3166-2:CN subdivision code without the "CN-" prefix, e.g. "GX". */
  code: string;
  /** The English (pinyin) name, e.g. "Guangxi". */
  en: string;
  /** The short Chinese name, e.g. 广西. */
  zh: string;
  /** The full Chinese name, e.g. 广西壮族自治区. */
  zhFull: string;
  /** The full English name where it is more than "<name> Province" or "<name> Municipality". */
  enFull?: string;
  /** Other spellings people write. */
  aliases?: string[];
  kind: ProvinceKind;
  /** Column and row on the tile map (west → east, north → south). */
  tile: [number, number];
}

export const CHINA_PROVINCES: readonly Province[] = [
  { code: "HL", en: "Heilongjiang", zh: "黑龙江", zhFull: "黑龙江省", kind: "province", tile: [8, 0] },
  { code: "NM", en: "Inner Mongolia", zh: "内蒙古", zhFull: "内蒙古自治区", enFull: "Inner Mongolia Autonomous Region", aliases: ["Nei Mongol", "Neimenggu"], kind: "autonomousRegion", tile: [5, 1] },
  { code: "BJ", en: "Beijing", zh: "北京", zhFull: "北京市", kind: "municipality", tile: [6, 1] },
  { code: "LN", en: "Liaoning", zh: "辽宁", zhFull: "辽宁省", kind: "province", tile: [7, 1] },
  { code: "JL", en: "Jilin", zh: "吉林", zhFull: "吉林省", kind: "province", tile: [8, 1] },
  { code: "XJ", en: "Xinjiang", zh: "新疆", zhFull: "新疆维吾尔自治区", enFull: "Xinjiang Uygur Autonomous Region", aliases: ["Xinjiang Uyghur Autonomous Region"], kind: "autonomousRegion", tile: [1, 2] },
  { code: "GS", en: "Gansu", zh: "甘肃", zhFull: "甘肃省", kind: "province", tile: [2, 2] },
  { code: "NX", en: "Ningxia", zh: "宁夏", zhFull: "宁夏回族自治区", enFull: "Ningxia Hui Autonomous Region", kind: "autonomousRegion", tile: [3, 2] },
  { code: "SX", en: "Shanxi", zh: "山西", zhFull: "山西省", kind: "province", tile: [4, 2] },
  { code: "HE", en: "Hebei", zh: "河北", zhFull: "河北省", kind: "province", tile: [5, 2] },
  { code: "TJ", en: "Tianjin", zh: "天津", zhFull: "天津市", kind: "municipality", tile: [6, 2] },
  { code: "QH", en: "Qinghai", zh: "青海", zhFull: "青海省", kind: "province", tile: [2, 3] },
  { code: "SN", en: "Shaanxi", zh: "陕西", zhFull: "陕西省", kind: "province", tile: [3, 3] },
  { code: "HA", en: "Henan", zh: "河南", zhFull: "河南省", kind: "province", tile: [4, 3] },
  { code: "SD", en: "Shandong", zh: "山东", zhFull: "山东省", kind: "province", tile: [5, 3] },
  { code: "XZ", en: "Tibet", zh: "西藏", zhFull: "西藏自治区", enFull: "Tibet Autonomous Region", aliases: ["Xizang", "Xizang Autonomous Region"], kind: "autonomousRegion", tile: [1, 4] },
  { code: "SC", en: "Sichuan", zh: "四川", zhFull: "四川省", kind: "province", tile: [2, 4] },
  { code: "CQ", en: "Chongqing", zh: "重庆", zhFull: "重庆市", kind: "municipality", tile: [3, 4] },
  { code: "HB", en: "Hubei", zh: "湖北", zhFull: "湖北省", kind: "province", tile: [4, 4] },
  { code: "AH", en: "Anhui", zh: "安徽", zhFull: "安徽省", kind: "province", tile: [5, 4] },
  { code: "JS", en: "Jiangsu", zh: "江苏", zhFull: "江苏省", kind: "province", tile: [6, 4] },
  { code: "SH", en: "Shanghai", zh: "上海", zhFull: "上海市", kind: "municipality", tile: [7, 4] },
  { code: "YN", en: "Yunnan", zh: "云南", zhFull: "云南省", kind: "province", tile: [2, 5] },
  { code: "GZ", en: "Guizhou", zh: "贵州", zhFull: "贵州省", kind: "province", tile: [3, 5] },
  { code: "HN", en: "Hunan", zh: "湖南", zhFull: "湖南省", kind: "province", tile: [4, 5] },
  { code: "JX", en: "Jiangxi", zh: "江西", zhFull: "江西省", kind: "province", tile: [5, 5] },
  { code: "ZJ", en: "Zhejiang", zh: "浙江", zhFull: "浙江省", kind: "province", tile: [6, 5] },
  { code: "GX", en: "Guangxi", zh: "广西", zhFull: "广西壮族自治区", enFull: "Guangxi Zhuang Autonomous Region", kind: "autonomousRegion", tile: [3, 6] },
  { code: "GD", en: "Guangdong", zh: "广东", zhFull: "广东省", kind: "province", tile: [4, 6] },
  { code: "FJ", en: "Fujian", zh: "福建", zhFull: "福建省", kind: "province", tile: [5, 6] },
  { code: "TW", en: "Taiwan", zh: "台湾", zhFull: "台湾省", aliases: ["臺灣", "台灣"], kind: "province", tile: [6, 6] },
  { code: "HI", en: "Hainan", zh: "海南", zhFull: "海南省", kind: "province", tile: [3, 7] },
  { code: "MO", en: "Macao", zh: "澳门", zhFull: "澳门特别行政区", enFull: "Macao Special Administrative Region", aliases: ["Macau", "Macao SAR", "Macau SAR", "澳門"], kind: "specialAdministrativeRegion", tile: [4, 7] },
  { code: "HK", en: "Hong Kong", zh: "香港", zhFull: "香港特别行政区", enFull: "Hong Kong Special Administrative Region", aliases: ["Hong Kong SAR", "Hongkong"], kind: "specialAdministrativeRegion", tile: [5, 7] },
];

const SUFFIX: Record<ProvinceKind, string[]> = {
  province: [" Province"],
  municipality: [" Municipality", " City", " Shi"],
  autonomousRegion: [" Autonomous Region"],
  specialAdministrativeRegion: [" SAR"],
};

/**
 * Every spelling of a province's name that a region may hold, exactly as written (the list's
 * region filter compares exact values, so the dashboard's counts and the list's agree):
 * the names above, the English name with its kind ("Hubei Province", "Beijing Municipality"),
 * and each Latin spelling also in lower case and in capitals.
 */
export function provinceNames(province: Province): string[] {
  const latin = [province.en, ...SUFFIX[province.kind].map((s) => province.en + s), ...(province.enFull ? [province.enFull] : []), ...(province.aliases ?? [])];
  const cased = latin.flatMap((name) => [name, name.toLowerCase(), name.toUpperCase()]);
  return [...new Set([...cased, province.zh, province.zhFull])];
}

export const provinceByCode = (code: string) => CHINA_PROVINCES.find((p) => p.code === code);

/** The province a region names (surrounding spaces ignored), or undefined. */
export function provinceOfRegion(region: string | null | undefined): Province | undefined {
  const value = region?.trim();
  if (!value) return undefined;
  return CHINA_PROVINCES.find((p) => provinceNames(p).includes(value));
}
