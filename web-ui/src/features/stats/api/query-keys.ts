export const statsKeys = {
  all: ['stats'] as const,
  summary: (filters: object) => [...statsKeys.all, 'summary', filters] as const,
  series: (filters: object) => [...statsKeys.all, 'series', filters] as const,
  backlog: (filters: object) => [...statsKeys.all, 'backlog', filters] as const,
  agencies: (filters: object) => [...statsKeys.all, 'agencies', filters] as const,
  hotspots: (filters: object) => [...statsKeys.all, 'hotspots', filters] as const,
  reports: (query: object) => [...statsKeys.all, 'reports', query] as const,
  openSummary: (filters: object) => [...statsKeys.all, 'open-data', 'summary', filters] as const,
  openMonthly: () => [...statsKeys.all, 'open-data', 'monthly'] as const,
};
