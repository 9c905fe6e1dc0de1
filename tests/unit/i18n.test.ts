// The two catalogues, the choice of a request's language, and dates and names in each language.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { namesInOrder, sortByName } from "@/lib/i18n/names";
import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import { browserLocale, chooseLocale, intlLocaleOf, LOCALES } from "@/lib/i18n/locales";
import { CATALOGUES, errorText, translatorFor } from "@/lib/i18n/translator";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));
/** The names a message fills in ({count}, {count, plural, …}, {status, select, …}), read by the ICU parser. */
function argumentsOf(message: string): Set<string> {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && element.type !== TYPE.literal) names.add(String(element.value));
      if ("options" in element) for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return names;
}

describe("message catalogues", () => {
  const english = new Map(flatten(CATALOGUES.en as unknown as Tree));
  const chinese = new Map(flatten(CATALOGUES["zh-CN"] as unknown as Tree));

  it("have the same keys in English and Chinese", () => {
    expect([...chinese.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !chinese.has(key))).toEqual([]);
    expect(english.size).toBeGreaterThan(300);
  });

  it("fill in the same values in both languages, and no message is left empty", () => {
    for (const [key, message] of english) {
      expect(message.trim(), key).not.toBe("");
      expect(chinese.get(key)!.trim(), key).not.toBe("");
      expect([...argumentsOf(chinese.get(key)!)].sort(), key).toEqual([...argumentsOf(message)].sort());
    }
  });

  it("are written in their language: the Chinese catalogue is not a copy of the English one", () => {
    const copied = [...english].filter(([key, message]) => chinese.get(key) === message && /[a-z]{4,}/.test(message));
    // What reads the same in both: a format's name and a timestamp's layout.
    expect(copied.map(([key]) => key)).toEqual(["agreements.formats.xlsx", "history.at"]);
  });

  it("format every message, plurals and selects included, in both languages", () => {
    for (const locale of LOCALES) {
      const t = translatorFor(locale);
      expect(t("agreements.inRegister", { count: 4471 })).toBe(locale === "en" ? "4,471 agreements in the register." : "登记册中共有 4,471 份协议。");
      expect(errorText(t, "statusTransition", { from: "DRAFT", to: "RENEWED" })).toBe(
        locale === "en" ? "An agreement that is draft cannot become renewed." : "处于“草稿”状态的协议不能变为“已续签”。",
      );
      expect(errorText(t, "organizationInUse", { name: "X", uses: [{ key: "usedByUnits", values: { count: 2 } }, { key: "usedByPeople", values: { count: 1 } }] })).toBe(
        locale === "en" ? "X cannot be deleted: it is used by 2 units and 1 person. Merge it into another organisation instead, or remove those links first." : "无法删除 X：它被2 个下属单位和1 名人员使用。请改为将其合并到另一机构，或先移除这些关联。",
      );
      // A message that is not a key (zod's own) reads as "not valid" rather than leaking English.
      expect(errorText(t, "Invalid input: expected string")).toBe(t("errors.invalidValue"));
    }
  });
});

describe("counts in words", () => {
  it("group their digits in both languages, totals by status included", () => {
    const line = (locale: "en" | "zh-CN") => translatorFor(locale)("exports.register.statusCount", { status: "X", count: 5563 });
    expect(line("en")).toBe("X: 5,563");
    expect(line("zh-CN")).toBe("X：5,563");
  });

  it("count agreements with one measure word in Chinese (份), never 项", () => {
    const chinese = flatten(CATALOGUES["zh-CN"] as unknown as Tree).filter(([, message]) => /项协议|number\} 项/.test(message));
    expect(chinese).toEqual([]);
  });
});

describe("the request's language", () => {
  it("is the user's setting, then the browser's last choice, then its preference, then English", () => {
    expect(chooseLocale({ user: "zh-CN", cookie: "en", acceptLanguage: "en" })).toBe("zh-CN");
    expect(chooseLocale({ user: null, cookie: "zh-CN", acceptLanguage: "en" })).toBe("zh-CN");
    expect(chooseLocale({ user: "fr", cookie: "xx", acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8" })).toBe("zh-CN");
    expect(chooseLocale({})).toBe("en");
  });

  it("reads the browser's preference by weight and maps every Chinese tag to Simplified Chinese", () => {
    expect(browserLocale("en-US,en;q=0.9")).toBe("en");
    expect(browserLocale("zh")).toBe("zh-CN");
    expect(browserLocale("zh-Hans-CN")).toBe("zh-CN");
    expect(browserLocale("de,zh-CN;q=0.5,en;q=0.1")).toBe("zh-CN");
    expect(browserLocale("fr-FR")).toBe("en");
    expect(browserLocale("not a tag;;q=x")).toBe("en");
  });
});

describe("dates and names in each language", () => {
  const date = (iso: string) => parsePartialDate(iso)!;
  it("writes a date at its precision in the language's own way", () => {
    const zh = intlLocaleOf("zh-CN");
    const en = intlLocaleOf("en");
    for (const [iso, english, chinese] of [
      ["2020-01-03", "3 January 2020", "2020年1月3日"],
      ["2020-01", "January 2020", "2020年1月"],
      ["2010", "2010", "2010年"],
    ]) {
      const { date: d, precision } = date(iso);
      expect(formatPartialDate(d, precision, en)).toBe(english);
      expect(formatPartialDate(d, precision, zh)).toBe(chinese);
    }
  });

  it("puts the reader's script first where both names exist", () => {
    const wut = { name: "Wuhan University of Technology", localName: "武汉理工大学" };
    expect(namesInOrder("en", wut)).toEqual(["Wuhan University of Technology", "武汉理工大学"]);
    expect(namesInOrder("zh-CN", wut)).toEqual(["武汉理工大学", "Wuhan University of Technology"]);
    expect(namesInOrder("zh-CN", { name: "Graduate School", localName: null })).toEqual(["Graduate School", null]);
    expect(namesInOrder("en", { name: null, localName: "张清杰" })).toEqual(["张清杰", null]);
  });

  it("sorts names in the reader's collation: English alphabetically, Chinese by pinyin", () => {
    const organizations = [
      { name: "People's Government of Nanning", localName: "南宁市人民政府" },
      { name: "Wuhan University of Technology", localName: "武汉理工大学" },
      { name: "Guangxi Automobile Group", localName: "广西汽车集团有限公司" },
      { name: "People's Government of Liuzhou", localName: "柳州市人民政府" },
      { name: "Graduate School", localName: null },
    ];
    expect(sortByName("en", organizations).map((o) => o.name)).toEqual([
      "Graduate School",
      "Guangxi Automobile Group",
      "People's Government of Liuzhou",
      "People's Government of Nanning",
      "Wuhan University of Technology",
    ]);
    // guǎng, liǔ, nán, wǔ; Chinese collation puts names in Latin letters after the Chinese ones.
    expect(sortByName("zh-CN", organizations).map((o) => namesInOrder("zh-CN", o)[0])).toEqual([
      "广西汽车集团有限公司",
      "柳州市人民政府",
      "南宁市人民政府",
      "武汉理工大学",
      "Graduate School",
    ]);
  });
});
