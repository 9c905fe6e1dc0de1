// Integration tests keep attached documents in a folder of their own (one per test file),
// never in the project's data/files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-files-"));
process.env.PACTA_STORAGE_DIR = folder;
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
