// Reads a zip archive (an .xlsx, .docx, .pptx, .odt …) the safe way: by inflating every
// entry and counting the bytes that actually come out, never by trusting the sizes the
// archive declares. A zip's directory can claim 1 KB for an entry that unpacks to 1 GB
// (a "zip bomb"); a reader that checks the declared sizes and then hands the archive to a
// library that unpacks it whole can be made to exhaust the server's memory.
//
// Entries are inflated as a stream and thrown away: memory stays at a few chunks however
// large an entry is, and the reading stops as soon as a limit is passed. An archive that
// passes has been fully unpacked once within the limits, so whatever opens it next (ExcelJS
// for an import, the type check for a document) unpacks at most as much.
import yauzl from "yauzl";

export interface ArchiveLimits {
  /** Entries in the archive's directory. */
  entries: number;
  /** Bytes all entries together may inflate to (counted, not declared). */
  inflatedBytes: number;
  /** Inflated bytes per compressed byte of one entry, checked once the entry passes `ratioFloorBytes`. */
  ratio: number;
  /** Entries smaller than this (inflated) are never refused for their ratio: small XML parts compress very well. */
  ratioFloorBytes: number;
}

export type ArchiveProblem = "unreadable" | "too-many-entries" | "too-large" | "ratio";

/** Why an archive was refused: `problem`, and the `limits` it was read with (for the message). */
export class ArchiveRefusedError extends Error {
  constructor(
    readonly problem: ArchiveProblem,
    readonly limits: ArchiveLimits,
  ) {
    super(`archive refused: ${problem}`);
  }
}

export interface ArchiveSummary {
  entries: number;
  /** Bytes actually inflated, all entries together. */
  inflatedBytes: number;
  /** The contents of the entries named in `keep` that were found (each kept only up to KEPT_ENTRY_BYTES). */
  kept: Map<string, Buffer>;
}

/** An entry asked for by name (a manifest, a type list) is kept only when it is at most this large. */
export const KEPT_ENTRY_BYTES = 1024 * 1024;

function openZip(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    // Sizes are checked by counting below; yauzl's own check would only compare with the declared size.
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: false }, (error, zip) =>
      error || !zip ? reject(error ?? new Error("no archive")) : resolve(zip),
    ),
  );
}

/**
 * Unpacks every entry of the zip in `bytes`, counting and discarding what comes out.
 * Resolves with the counts when the archive stays within `limits`; rejects with an
 * ArchiveRefusedError ("unreadable" for anything that is not a sound zip) as soon as a
 * limit is passed, without inflating further.
 */
export async function inspectZip(bytes: Uint8Array, limits: ArchiveLimits, keep: readonly string[] = []): Promise<ArchiveSummary> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    throw new ArchiveRefusedError("unreadable", limits);
  }
  const refuse = (problem: ArchiveProblem) => new ArchiveRefusedError(problem, limits);
  let entries = 0;
  let inflatedBytes = 0;
  const kept = new Map<string, Buffer>();
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on("error", () => reject(refuse("unreadable")));
      zip.on("end", () => resolve());
      zip.on("entry", (entry: yauzl.Entry) => {
        if (++entries > limits.entries) return reject(refuse("too-many-entries"));
        if (entry.fileName.endsWith("/")) return zip.readEntry();
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(refuse("unreadable"));
          let entryBytes = 0;
          const keeping: Buffer[] | null = keep.includes(entry.fileName) ? [] : null;
          stream.on("data", (chunk: Buffer) => {
            entryBytes += chunk.length;
            if (keeping && entryBytes <= KEPT_ENTRY_BYTES) keeping.push(chunk);
            inflatedBytes += chunk.length;
            const problem: ArchiveProblem | null =
              inflatedBytes > limits.inflatedBytes
                ? "too-large"
                : entryBytes > limits.ratioFloorBytes && entryBytes > limits.ratio * Math.max(entry.compressedSize, 1)
                  ? "ratio"
                  : null;
            if (problem) {
              stream.destroy();
              reject(refuse(problem));
            }
          });
          stream.on("error", () => reject(refuse("unreadable")));
          stream.on("end", () => {
            if (keeping && entryBytes <= KEPT_ENTRY_BYTES) kept.set(entry.fileName, Buffer.concat(keeping));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return { entries, inflatedBytes, kept };
}

/** For an import's workbook (lib/import/read-file.ts): its 10 MB file may unpack to 100 MB. */
export const WORKBOOK_LIMITS: ArchiveLimits = { entries: 500, inflatedBytes: 100 * 1024 * 1024, ratio: 200, ratioFloorBytes: 1024 * 1024 };

/** For an attached office document (lib/documents/file-types.ts): a 25 MB file, mostly pictures that do not compress. */
export const DOCUMENT_LIMITS: ArchiveLimits = { entries: 5_000, inflatedBytes: 250 * 1024 * 1024, ratio: 200, ratioFloorBytes: 1024 * 1024 };
