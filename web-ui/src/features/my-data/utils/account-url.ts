import { getEnv } from '@/config/env';

/** Keycloak's account console, where the login account itself is deleted. */
export function accountConsoleUrl(): string {
  const { keycloakUrl, realm } = getEnv();
  return `${keycloakUrl}/realms/${encodeURIComponent(realm)}/account`;
}
