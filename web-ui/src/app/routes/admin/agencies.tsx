import { RequireRole } from '@/auth/require-role';

/** Placeholder until the admin screen lands. */
export default function AdminAgenciesRoute() {
  return <RequireRole roles={['admin', 'supervisor']}>{null}</RequireRole>;
}
