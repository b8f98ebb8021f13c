import { RequireRole } from '@/auth/require-role';
import { ApiClientAdmin } from '@/features/admin/components/api-client-admin';

/** Admins only: a key lets an outside application file reports, so supervisors neither see nor issue them. */
export default function AdminApiClientsRoute() {
  return (
    <RequireRole roles={['admin']}>
      <ApiClientAdmin />
    </RequireRole>
  );
}
