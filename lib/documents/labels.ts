// A file size as people read it (the names of kinds and languages are in the message catalogues).
/** "2.4 MB", "830 kB". */
export function fileSizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
