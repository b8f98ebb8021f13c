import { RequireRole } from '@/auth/require-role';
import { WebhookAdmin } from '@/features/admin/components/webhook-admin';

/** Admins only: supervisors read everything else, but a subscription's secret and URL are not theirs to see. */
export default function AdminWebhooksRoute() {
  return (
    <RequireRole roles={['admin']}>
      <WebhookAdmin />
    </RequireRole>
  );
}
