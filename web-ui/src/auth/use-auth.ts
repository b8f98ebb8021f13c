import { useSyncExternalStore } from 'react';
import { authStore, login, logout } from './keycloak';

/** The current session and the login/logout actions. */
export function useAuth() {
  const state = useSyncExternalStore(authStore.subscribe, authStore.get, authStore.get);
  return { state, login, logout };
}
