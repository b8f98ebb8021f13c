export const officerKeys = {
  all: ['officers'] as const,
  list: () => [...officerKeys.all, 'list'] as const,
};

export const holidayKeys = {
  all: ['holidays'] as const,
  year: (year: number) => [...holidayKeys.all, 'year', year] as const,
};

export const webhookKeys = {
  all: ['webhooks'] as const,
  list: () => [...webhookKeys.all, 'list'] as const,
};

export const apiClientKeys = {
  all: ['api-clients'] as const,
  list: () => [...apiClientKeys.all, 'list'] as const,
};

export const outboxKeys = {
  all: ['outbox'] as const,
  list: (status: string, kind?: string) => [...outboxKeys.all, 'list', status, kind ?? 'ALL'] as const,
};
