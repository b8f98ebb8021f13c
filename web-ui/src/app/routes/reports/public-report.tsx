import { useParams } from 'react-router';
import { PublicReportPage } from '@/features/report/components/public-report-page';

/** /laporan-publik/:code: one public report, for anyone with the link (link previews: ADR 0028). */
export default function PublicReportRoute() {
  const { code = '' } = useParams();
  // The key starts the page afresh (share state, scroll) when a link leads from one report to another.
  return <PublicReportPage key={code} code={code} />;
}
