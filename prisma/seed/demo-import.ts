// A register of `rows` agreements as a CSV file, for measuring and testing imports
// (the benchmark, the crash test). One row in ten names a new partner.
export function demoImportCsv(partnerNames: string[], rows: number): string {
  const lines = ["Title,Partners,Signed on,Status,Focus areas"];
  for (let i = 0; i < rows; i++) {
    const partner = i % 10 === 0 || partnerNames.length === 0 ? `Imported Partner ${i}` : partnerNames[i % partnerNames.length];
    lines.push(`"Imported agreement ${i}","${partner}",${2010 + (i % 15)}-0${1 + (i % 9)},Active,Joint scientific and technological research`);
  }
  return lines.join("\n");
}
