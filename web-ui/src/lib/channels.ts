import type { components } from '@/api/schema';

export type Channel = components['schemas']['Channel'];

/** Every way a report comes in, in the order the city lists them; labels are the `channel.*` messages. */
export const channels = ['WEB', 'OPEN311', 'SMS', 'WHATSAPP', 'WALK_IN', 'PHONE', 'SOCIAL_MEDIA'] as const satisfies readonly Channel[];

/** The channels an official enters a report for (see AssistedReport in openapi.yaml). */
export const assistedChannels = ['WALK_IN', 'PHONE', 'SOCIAL_MEDIA'] as const satisfies readonly Channel[];
export type AssistedChannel = (typeof assistedChannels)[number];
