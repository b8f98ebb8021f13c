import { RequireRole } from '@/auth/require-role';
import { HolidayAdmin } from '@/features/admin/components/holiday-admin';

export default function AdminHolidaysRoute() {
  return (
    <RequireRole roles={['admin', 'supervisor']}>
      <HolidayAdmin />
    </RequireRole>
  );
}
