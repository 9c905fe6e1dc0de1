import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = path.join("docs", "decisions");
const records = fs.readdirSync(dir).filter((f) => /^\d{3}-.+\.md$/.test(f) && !f.startsWith("000-"));

describe("the decision records", () => {
  it("are there", () => expect(records.length).toBeGreaterThanOrEqual(10));

  it.each(records)("%s has its number in the title, a date and a status", (file) => {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    expect(text.split("\n")[0]).toMatch(new RegExp(`^# ${file.slice(0, 3)} — \\S`));
    expect(text).toMatch(/^Date: \d{4}-\d{2}-\d{2}$/m);
    const status = text.match(/^Status: (.+)$/m)?.[1];
    expect(status).toMatch(/^(proposed|accepted|deprecated|superseded by \d{3})$/);
    const successor = status?.match(/superseded by (\d{3})/)?.[1];
    if (successor) expect(fs.readdirSync(dir).some((f) => f.startsWith(`${successor}-`))).toBe(true);
  });

  it("have unique numbers", () => {
    const numbers = records.map((f) => f.slice(0, 3));
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
