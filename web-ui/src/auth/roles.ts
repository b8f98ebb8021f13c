import type { AuthState } from './keycloak';

export type Role = 'citizen' | 'officer' | 'admin' | 'supervisor';

/** The realm roles of the logged-in user (none for guests). */
export const rolesOf = (state: AuthState): string[] => (state.status === 'authenticated' ? state.user.roles : []);

export const hasAnyRole = (state: AuthState, roles: readonly Role[]): boolean =>
  rolesOf(state).some((role) => (roles as readonly string[]).includes(role));

/** Officials read the inbox; supervisors see everything an admin sees but change nothing. */
export const isOfficial = (state: AuthState) => hasAnyRole(state, ['officer', 'admin', 'supervisor']);
export const canManage = (state: AuthState) => hasAnyRole(state, ['admin']);
