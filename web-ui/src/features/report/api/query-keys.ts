export const reportKeys = {
  all: ['reports'] as const,
  mine: () => [...reportKeys.all, 'mine'] as const,
  track: (trackingCode: string) => [...reportKeys.all, 'track', trackingCode] as const,
};
