import type { components } from '@/api/schema';

export type ReportType = components['schemas']['ReportType'];

/** Every report type, in the order forms and filters list them; labels are the `type.*` messages. */
export const reportTypes = ['COMPLAINT', 'ASPIRATION', 'INFORMATION_REQUEST'] as const satisfies readonly ReportType[];
