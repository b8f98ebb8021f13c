/** `statistik-ringkasan-2026-11-01_2026-11-30.csv` */
export const csvFilename = (name: string, ...parts: string[]) => `${[name, parts.join('_')].filter(Boolean).join('-')}.csv`;
