// Stored search documents are rebuilt on upgrade only when SEARCH_RULE_VERSION changes. This
// pins what the rule makes of a sample of every kind of text it folds: a change to the text rule
// (lib/text/fold.ts) or to what a document holds fails here until the version is raised, so no
// upgrade leaves documents built by an older rule next to queries folded by the new one.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SEARCH_RULE_VERSION, searchDocument } from "@/lib/agreements/search-document";

const SAMPLE_NAMES = [
  "Politechnika Łódzka",
  "Københavns Universitet",
  "Hochschule an der Beispielstraße",
  "ÆRØ Þjóðminjasafn Işık Đakovo Œuvre",
  "École\u00A0Normale\u3000Supérieure\u200BParis\u00ADSaclay",
  "Sino‑German – Centre—Mobility − 2",
  "ＷＵＴ 武汉理工大学 広島大学 서울대학교",
  "100%_lab\\net",
  "Ελληνικό Πανεπιστήμιο Кыргызский университет",
  "King’s College Xiʼan 约翰•霍普金斯 ΑΘΗΝΑΣ Αθήνας 國立臺灣大學",
];

function fingerprint() {
  const document = searchDocument({
    title: SAMPLE_NAMES[0],
    reference: "AG-2020-0001",
    otherNames: [{ name: "Ἀκαδημία Πλάτωνος 臺灣 other name" }],
    parties: SAMPLE_NAMES.slice(1).map((name, i) => ({
      role: i === 0 ? "OUR_INSTITUTION" : "PARTNER",
      organization: { name, localName: null, acronym: null, kind: "UNIVERSITY", country: "DE", region: null, otherNames: [{ name: `${name} (other)` }] },
    })),
    participants: [{ person: { name: "Zoë Ørsted-Łukasiewicz", localName: "张清杰" } }],
  });
  return createHash("sha256").update(JSON.stringify(document)).digest("hex").slice(0, 16);
}

describe("the search rule's version", () => {
  it("is raised whenever what the rule makes of a document changes", () => {
    // If this fails after a deliberate change: raise SEARCH_RULE_VERSION, then record both here.
    expect({ version: SEARCH_RULE_VERSION, fingerprint: fingerprint() }).toEqual({ version: 4, fingerprint: "001cde9575374fc0" });
  });
});
