import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema';
import { API_URL } from '../api-url';
import { db, seedReport, type StoredReport } from '../db';
import { problem } from './reports';

type PublicReportDetail = components['schemas']['PublicReportDetail'];

const PUBLIC: StoredReport['status'][] = ['VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'];

/**
 * What the real API derives from a report's history for its public page (steps, dates, names,
 * photos), given by the test. Keyed by the report's random id, so entries of earlier tests are
 * never found again.
 */
const pages = new Map<string, Partial<PublicReportDetail>>();

/** A verified report with the public page the test describes; its texts are taken as already masked. */
export function seedPublicReport(report: Partial<StoredReport> = {}, page: Partial<PublicReportDetail> = {}): StoredReport {
  const stored = seedReport({ status: 'IN_PROGRESS', ...report });
  pages.set(stored.id, page);
  return stored;
}

export const publicReportHandlers = [
  http.get<{ ref: string }>(`${API_URL}/api/v1/reports/public/:ref`, ({ params }) => {
    const ref = params.ref.replace(/[\s-]/g, '').toUpperCase();
    const report = db.reports.find(
      (r) => (r.id === params.ref || r.trackingCode === ref) && PUBLIC.includes(r.status) && !r.confidential,
    );
    // Not public answers exactly as unknown: 404.
    if (!report) return problem(404, 'Not found', { detail: 'No public report with this id or tracking code.' });
    const { id, trackingCode, type, status, title, description, supportCount = 0, createdAt, updatedAt } = report;
    return HttpResponse.json<PublicReportDetail>({
      photos: [],
      timeline: [],
      timelineTruncated: false,
      ...pages.get(id),
      id,
      trackingCode,
      type,
      status,
      title,
      description,
      supportCount,
      createdAt,
      updatedAt,
    });
  }),
];
