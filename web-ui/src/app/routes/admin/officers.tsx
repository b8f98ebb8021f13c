import { RequireRole } from '@/auth/require-role';
import { OfficerAdmin } from '@/features/admin/components/officer-admin';

export default function AdminOfficersRoute() {
  return (
    <RequireRole roles={['admin', 'supervisor']}>
      <OfficerAdmin />
    </RequireRole>
  );
}
