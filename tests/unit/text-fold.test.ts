import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, foldedWords } from "@/lib/text/fold";

describe("foldText, the one text rule", () => {
  it.each([
    ["Wuhan University of Technology ", "wuhan university of technology"],
    ["Wuhan  University of Technology", "wuhan university of technology"],
    ["WUHAN UNIVERSITY OF TECHNOLOGY", "wuhan university of technology"],
    ["Ｗｕｈａｎ Ｕｎｉｖｅｒｓｉｔｙ", "wuhan university"],
    ["Wuhan\u200BUniversity of Technology", "wuhan university of technology"],
    ["Wuhan\u00A0University\u3000of\tTechnology", "wuhan university of technology"],
    ["Guangxi Liu\u00ADzhou", "guangxi liuzhou"],
    ["Sino‐German – Centre", "sino-german - centre"],
    ["Sino\u2011German\u2014Centre", "sino-german-centre"],
    ["Politechnika Łódzka", "politechnika lodzka"],
    ["Københavns Universitet", "kobenhavns universitet"],
    ["Hochschule an der Beispielstraße", "hochschule an der beispielstrasse"],
    ["BEISPIELSTRAẞE", "beispielstrasse"],
    ["Æble Œuvre Đakovo İstanbul ıspanak", "aeble oeuvre dakovo istanbul ispanak"],
    ["École Normale Supérieure", "ecole normale superieure"],
    ["广西壮族自治区人民政府", "广西壮族自治区人民政府"],
    ["２０１９年５月３日", "2019年5月3日"],
    ["がっこう 학교", "がっこう 학교"],
    ["   ", ""],
    // Apostrophes and middle dots typed with other keys are one mark: "King’s" is "King's",
    // 约翰•霍普金斯 is 约翰·霍普金斯; Greek final sigma is sigma (capitals fold to σ).
    ["King’s College Xi‘an Xiʼan Xi`an", "king's college xi'an xi'an xi'an"],
    ["约翰•霍普金斯 约翰・霍普金斯 约翰‧霍普金斯", "约翰·霍普金斯 约翰·霍普金斯 约翰·霍普金斯"],
    ["ΑΘΗΝΑΣ Αθήνας", "αθηνασ αθηνασ"],
    ["İzmir Trường Đại học Scientiﬁc ⓐⓑ", "izmir truong dai hoc scientific ab"],
  ])("%j folds to %j", (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it("is idempotent and never leaves a double or outer space", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const once = foldText(text);
        expect(foldText(once)).toBe(once);
        expect(once).not.toMatch(/\s{2}|^\s|\s$/u);
      }),
    );
  });

  it("splits into words", () => {
    expect(foldedWords("  Guangxi   framework ")).toEqual(["guangxi", "framework"]);
    expect(foldedWords("")).toEqual([]);
  });
});
