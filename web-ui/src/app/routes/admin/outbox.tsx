import { RequireRole } from '@/auth/require-role';
import { OutboxAdmin } from '@/features/admin/components/outbox-admin';

/** Admins only: the messages carry reporters' whole phone numbers and addresses. */
export default function AdminOutboxRoute() {
  return (
    <RequireRole roles={['admin']}>
      <OutboxAdmin />
    </RequireRole>
  );
}
