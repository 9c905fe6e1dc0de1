// Attached files in a folder on this machine: written to a temporary file and renamed into
// place, so a crash never leaves a partial file under a real name.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { type DocumentStore, isSha256, sha256Of, storedFilePath } from "./stored-file";

export class FolderStore implements DocumentStore {
  readonly description: string;

  constructor(readonly directory: string) {
    this.description = `the folder ${directory}`;
  }

  async put(content: Uint8Array) {
    const sha256 = sha256Of(content);
    const target = storedFilePath(sha256, this.directory);
    if (fs.existsSync(/*turbopackIgnore: true*/ target)) return { sha256, created: false };
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString("hex")}.partial`;
    try {
      await fs.promises.writeFile(temporary, content, { flag: "wx" });
      await fs.promises.rename(temporary, target);
    } catch (error) {
      await fs.promises.rm(temporary, { force: true });
      throw error;
    }
    return { sha256, created: true };
  }

  async get(sha256: string) {
    try {
      return new Uint8Array(await fs.promises.readFile(storedFilePath(sha256, this.directory)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async stream(sha256: string): Promise<Readable | null> {
    const file = storedFilePath(sha256, this.directory);
    if (!fs.existsSync(/*turbopackIgnore: true*/ file)) return null;
    return fs.createReadStream(file);
  }

  async has(sha256: string) {
    return fs.existsSync(/*turbopackIgnore: true*/ storedFilePath(sha256, this.directory));
  }

  async remove(sha256: string) {
    await fs.promises.rm(storedFilePath(sha256, this.directory), { force: true });
  }

  async *list(): AsyncIterable<string> {
    if (!fs.existsSync(/*turbopackIgnore: true*/ this.directory)) return;
    for (const entry of await fs.promises.readdir(this.directory, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && isSha256(entry.name)) yield entry.name;
    }
  }

  async checkWritable() {
    await fs.promises.mkdir(this.directory, { recursive: true });
    const probe = path.join(/*turbopackIgnore: true*/ this.directory, `.ready-${randomBytes(6).toString("hex")}`);
    await fs.promises.writeFile(probe, "", { flag: "wx" });
    await fs.promises.rm(probe, { force: true });
  }
}
