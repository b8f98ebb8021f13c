export const officerKeys = {
  all: ['officers'] as const,
  list: () => [...officerKeys.all, 'list'] as const,
};

export const holidayKeys = {
  all: ['holidays'] as const,
  year: (year: number) => [...holidayKeys.all, 'year', year] as const,
};
