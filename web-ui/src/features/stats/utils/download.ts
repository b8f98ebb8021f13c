/** Saves a blob as a file through a temporary download link (the API's CSV comes through the authenticated client). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `statistik-ringkasan-2026-11-01_2026-11-30.csv` */
export const csvFilename = (name: string, ...parts: string[]) => `${[name, parts.join('_')].filter(Boolean).join('-')}.csv`;
