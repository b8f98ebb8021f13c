import { RequireRole } from '@/auth/require-role';
import { AgencyAdmin } from '@/features/admin/components/agency-admin';

export default function AdminAgenciesRoute() {
  return (
    <RequireRole roles={['admin', 'supervisor']}>
      <AgencyAdmin />
    </RequireRole>
  );
}
