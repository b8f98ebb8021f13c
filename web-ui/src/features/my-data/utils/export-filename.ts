const pad = (n: number) => String(n).padStart(2, '0');

/** `aduan-data-2026-11-29.json`, dated by the citizen's own calendar day. */
export const exportFilename = (date: Date) =>
  `aduan-data-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
