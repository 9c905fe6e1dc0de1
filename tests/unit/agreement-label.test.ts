// The label of an untitled agreement (lib/agreements/label.ts): its type and partners, in the reader's language.
import { describe, expect, it } from "vitest";
import { agreementName, type AgreementNaming } from "@/lib/agreements/label";
import { agreementNameIn } from "@/lib/agreements/label-text";

const partner = (name: string, localName: string | null = null) => ({ role: "PARTNER", organization: { name, localName } });
const untitled: AgreementNaming = {
  reference: "AG-2020-0007",
  title: null,
  type: { name: "Cooperation agreement", localName: "合作协议" },
  parties: [{ role: "OUR_INSTITUTION", organization: { name: "Wuhan University of Technology", localName: "武汉理工大学" } }, partner("Guangxi Automobile Group", "广西汽车集团有限公司")],
};

describe("an agreement's name", () => {
  it("is its title when it has one", () => {
    expect(agreementNameIn({ ...untitled, title: "Strategic Cooperation Framework Agreement" }, "zh-CN")).toEqual({ text: "Strategic Cooperation Framework Agreement", untitled: false });
  });

  it("is a label of its type and partners when untitled, without our institution, in either language", () => {
    expect(agreementNameIn(untitled, "en")).toEqual({ text: "Cooperation agreement with Guangxi Automobile Group", untitled: true });
    expect(agreementNameIn(untitled, "zh-CN")).toEqual({ text: "与广西汽车集团有限公司的合作协议", untitled: true });
    // A blank title is no title.
    expect(agreementNameIn({ ...untitled, title: "  " }, "en").untitled).toBe(true);
  });

  it("says 'agreement' without a type, lists partners, and counts those past the third", () => {
    const many = { ...untitled, type: null, parties: [partner("Alpha"), partner("Beta"), partner("Gamma"), partner("Delta"), partner("Epsilon")] };
    expect(agreementNameIn({ ...many, parties: many.parties.slice(0, 2) }, "en").text).toBe("Agreement with Alpha and Beta");
    expect(agreementNameIn(many, "en").text).toBe("Agreement with Alpha, Beta, Gamma, and 2 others");
    expect(agreementNameIn({ ...many, parties: [] }, "en").text).toBe("Agreement AG-2020-0007");
    expect(agreementNameIn({ ...untitled, parties: [] }, "zh-CN").text).toBe("合作协议（未记录合作方）");
  });

  it("is said with the catalogue it is given (the component passes next-intl's)", () => {
    const said: string[] = [];
    agreementName(untitled, "en", (key, values) => {
      said.push(`${key}:${values.type}|${values.partners}`);
      return "";
    });
    expect(said).toEqual(["typeWithPartners:Cooperation agreement|Guangxi Automobile Group"]);
  });
});
