import { RequireRole } from '@/auth/require-role';
import { CategoryAdmin } from '@/features/admin/components/category-admin';

export default function AdminCategoriesRoute() {
  return (
    <RequireRole roles={['admin', 'supervisor']}>
      <CategoryAdmin />
    </RequireRole>
  );
}
