// Every word a person reads comes from the message catalogues: this reads the source of
// every page and component and fails on text written into the markup or into the
// attributes people read (labels, titles, placeholders, alt text).
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOTS = ["app", "components"];
/** Attributes whose value a person reads or hears. */
const READ_ATTRIBUTES = new Set(["label", "title", "placeholder", "alt", "aria-label", "description", "submitLabel", "pendingLabel", "hint", "empty", "emptyText"]);
/** A word: two letters in a row, or one Chinese character. */
const WORDS = /[A-Za-z]{2}|[\u4e00-\u9fff]/;
/** Words that are the same in every language: the product's name and file formats. */
const SAME_IN_EVERY_LANGUAGE = new Set(["Pacta", "P"]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith(".tsx") ? [full] : [];
  });
}

/** The strings an expression shows: itself, either branch of a condition, the fallback of ?? / || / &&, a template's text. */
function shownStrings(expression: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression];
  if (ts.isTemplateExpression(expression)) return [expression.head, ...expression.templateSpans.map((span) => span.literal)];
  if (ts.isParenthesizedExpression(expression)) return shownStrings(expression.expression);
  if (ts.isConditionalExpression(expression)) return [...shownStrings(expression.whenTrue), ...shownStrings(expression.whenFalse)];
  if (ts.isBinaryExpression(expression) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(expression.operatorToken.kind)) {
    return shownStrings(expression.right);
  }
  return [];
}

function hardCodedText(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.trim();
    if (WORDS.test(trimmed) && !SAME_IN_EVERY_LANGUAGE.has(trimmed)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${JSON.stringify(trimmed)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) report(value, value.text);
      if (ts.isJsxExpression(value) && value.expression) for (const text of shownStrings(value.expression)) report(text, text.getText().slice(1, -1));
    }
    // A string or template handed to JSX as a child: {"Not stated"}, {cond ? "Yes" : "No"}, {`${n} days`}.
    if (ts.isJsxExpression(node) && node.expression && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const text of shownStrings(node.expression)) report(text, text.getText().slice(1, -1));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the interface's words", () => {
  it("all come from the message catalogues: no page or component writes text of its own", () => {
    const files = ROOTS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(hardCodedText)).toEqual([]);
  });

  it("are found by this check when they are written into markup (the check is not blind)", () => {
    const dir = fs.mkdtempSync(path.join(process.cwd(), ".hard-coded-"));
    try {
      const file = path.join(dir, "sample.tsx");
      fs.writeFileSync(file, 'export const A = () => <p title="Hello there">Signed on {"date unknown"} <b>{t("ok")}</b> 签署</p>;\n');
      expect(hardCodedText(file).map((line) => line.split(" ").slice(1).join(" ")).sort()).toEqual(['"Hello there"', '"Signed on"', '"date unknown"', '"签署"'].sort());
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
