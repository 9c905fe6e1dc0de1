// Files to attach in tests: a real PDF (drawn with pdfkit), and files that must be refused.
import PDFDocument from "pdfkit";

/** A one-page PDF whose first page shows `heading`. */
export function samplePdf(heading: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4" });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.fontSize(28).text(heading, 72, 120);
    doc.rect(72, 220, 450, 300).fillAndStroke("#1d4ed8", "#1e3a8a");
    doc.end();
  });
}

/** The start of a Windows program: what a renamed executable begins with. */
export const WINDOWS_PROGRAM = Buffer.concat([Buffer.from("4d5a90000300000004000000ffff0000b800000000000000400000000000000000", "hex"), Buffer.alloc(512)]);

export const pdfFile = async (name: string, heading = name) => new File([new Uint8Array(await samplePdf(heading))], name, { type: "application/pdf" });
