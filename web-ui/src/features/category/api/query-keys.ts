export const categoryKeys = {
  all: ['categories'] as const,
  list: (includeInactive: boolean) => [...categoryKeys.all, 'list', { includeInactive }] as const,
  detail: (id: string) => [...categoryKeys.all, 'detail', id] as const,
};
