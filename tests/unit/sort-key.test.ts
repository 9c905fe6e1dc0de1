// Sort keys (lib/i18n/sort-key.ts): their plain order is the readers' collation, per language.
import { describe, expect, it } from "vitest";
import { sortKey } from "@/lib/i18n/sort-key";
import { collatorFor } from "@/lib/i18n/names";

const NAMES = [
  "北京大学", "Peking University", "清华大学", "Tsinghua", "武汉理工大学", "Wuhan University of Technology", "École Polytechnique",
  "ecole normale", "Zürich ETH", "University 10", "University 9", "University 09b", "阿里巴巴", "中国科学院", "上海交通大学",
  "a-b", "a b", "ab", "Ölz", "Ol", "東京大学", "東北大学", "Łódź University", "Lodz Tech", "Αθήνα", "Москва", "ソニー", "삼성",
  "กรุงเทพเทศบาล10", "เชียงใหม่Maมหาวิทยาลัย58", "ขอนแก่นLoบริษัท9", "القاهرة", "नई दिल्ली", "Vũng Tàu", "Hà Nội", "Đà Nẵng", "İstanbul",
];
const byKey = (locale: "en" | "zh-CN") => (a: string, b: string) => (sortKey(locale, a) < sortKey(locale, b) ? -1 : sortKey(locale, a) > sortKey(locale, b) ? 1 : 0);

describe("sort keys", () => {
  it.each(["en", "zh-CN"] as const)("order names as the %s collation does", (locale) => {
    expect([...NAMES].sort(byKey(locale))).toEqual([...NAMES].sort(collatorFor(locale).compare));
  });

  it("put Chinese names in pinyin order for Chinese readers, before Latin ones, and ignore case and accents", () => {
    expect(["中山大学", "Beta", "北京大学", "阿姆斯特丹大学", "alpha"].sort(byKey("zh-CN"))).toEqual(["阿姆斯特丹大学", "北京大学", "中山大学", "alpha", "Beta"]);
    expect(sortKey("en", "ÉCOLE")).toBe(sortKey("en", "ecole"));
    expect(sortKey("en", "Room 007")).toBe(sortKey("en", "room 7"));
    expect(sortKey("zh-CN", "北京")).toMatch(/^[0-9a-f]+$/);
  });
});
