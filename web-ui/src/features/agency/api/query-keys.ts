export const agencyKeys = {
  all: ['agencies'] as const,
  list: () => [...agencyKeys.all, 'list'] as const,
  subUnits: (parentId: string) => [...agencyKeys.all, 'sub-units', parentId] as const,
  detail: (id: string) => [...agencyKeys.all, 'detail', id] as const,
};
