export const reportKeys = {
  all: ['reports'] as const,
  mine: () => [...reportKeys.all, 'mine'] as const,
  track: (trackingCode: string) => [...reportKeys.all, 'track', trackingCode] as const,
  detail: (id: string) => [...reportKeys.all, 'detail', id] as const,
  events: (id: string) => [...reportKeys.detail(id), 'events'] as const,
  messages: (id: string) => [...reportKeys.detail(id), 'messages'] as const,
  attachments: (id: string) => [...reportKeys.detail(id), 'attachments'] as const,
  public: (filters: object) => [...reportKeys.all, 'public', filters] as const,
  /** Under 'public', so that a support counted from the feed refreshes the page too. */
  publicPage: (ref: string) => [...reportKeys.all, 'public', 'page', ref] as const,
  /** Under 'public' too: a support refreshes the suggestions' counts. */
  similar: (query: object) => [...reportKeys.all, 'public', 'similar', query] as const,
  inbox: (filters: object) => [...reportKeys.all, 'inbox', filters] as const,
};
