// Countries are ISO codes named by the platform's CLDR data; typed text in either language becomes a code.
import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, countryCodeOf, countryName, countryOptions, isCountryCode } from "@/lib/i18n/countries";
import { positionIn, referenceName } from "@/lib/i18n/names";

describe("countries", () => {
  it("are the 249 ISO 3166-1 alpha-2 codes, each named in both languages", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const code of COUNTRY_CODES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(countryName(code, "en")).not.toBe(code);
      expect(countryName(code, "zh-CN")).not.toBe(code);
    }
    expect([countryName("CN", "en"), countryName("CN", "zh-CN"), countryName("DE", "zh-CN")]).toEqual(["China", "中国", "德国"]);
    expect(countryName(null, "en")).toBeNull();
    expect(isCountryCode("cn")).toBe(false);
    expect(isCountryCode("UK")).toBe(false);
  });

  it("recognise a code or a name in English or Chinese, CLDR's or a common variant", () => {
    const cases: [string, string | null][] = [
      ["China", "CN"], ["中国", "CN"], ["cn", "CN"], [" CN ", "CN"], ["P.R. China", "CN"], ["中华人民共和国", "CN"], ["中國", "CN"],
      ["United Kingdom", "GB"], ["UK", "GB"], ["England", "GB"], ["英国", "GB"],
      ["Korea", "KR"], ["South Korea", "KR"], ["韩国", "KR"], ["North Korea", "KP"],
      ["United States", "US"], ["USA", "US"], ["美国", "US"], ["the Netherlands", "NL"], ["荷兰", "NL"],
      ["Côte d’Ivoire", "CI"], ["COTE D'IVOIRE", "CI"], ["Hong Kong", "HK"], ["中国香港", "HK"], ["Russia", "RU"], ["俄罗斯", "RU"],
      ["Atlantis", null], ["", null], ["Europe", null],
    ];
    expect(cases.map(([text]) => [text, countryCodeOf(text)])).toEqual(cases);
  });

  it("are offered in the reader's order: alphabetically in English, by pinyin in Chinese", () => {
    const en = countryOptions("en").map((o) => o.name);
    const zh = countryOptions("zh-CN").map((o) => o.name);
    expect(en.indexOf("Austria")).toBeLessThan(en.indexOf("Germany"));
    // 奥地利 (ào) before 德国 (dé) before 中国 (zhōng).
    expect(zh.indexOf("奥地利")).toBeLessThan(zh.indexOf("德国"));
    expect(zh.indexOf("德国")).toBeLessThan(zh.indexOf("中国"));
  });
});

describe("reference names", () => {
  it("are the reader's language's, else the other one", () => {
    const both = { name: "Memorandum of understanding", localName: "合作备忘录" };
    expect(referenceName(both, "en")).toBe("Memorandum of understanding");
    expect(referenceName(both, "zh-CN")).toBe("合作备忘录");
    expect(referenceName({ name: "Research agreement", localName: null }, "zh-CN")).toBe("Research agreement");
    expect(referenceName({ name: "", localName: "其他" }, "en")).toBe("其他");
    expect(referenceName({ name: "X", localName: "  " }, "zh-CN")).toBe("X");
    expect(referenceName(null, "en")).toBe("");
  });

  it("give a person's position in the reader's language when its local form is known", () => {
    expect(positionIn({ position: "President", localPosition: "校长" }, "zh-CN")).toBe("校长");
    expect(positionIn({ position: "President", localPosition: "校长" }, "en")).toBe("President");
    expect(positionIn({ position: "Dean", localPosition: null }, "zh-CN")).toBe("Dean");
    expect(positionIn({ position: null, localPosition: "院长" }, "en")).toBe("院长");
    expect(positionIn({ position: null }, "en")).toBeNull();
  });
});
