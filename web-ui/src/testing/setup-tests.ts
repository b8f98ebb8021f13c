import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { authStore } from '@/auth/keycloak';
import { localeStore } from '@/i18n/locale-store';
import { API_URL } from './mocks/api-url';
import { resetDb } from './mocks/db';
import { resetAdminDb } from './mocks/handlers/admin';
import { resetChannelsDb } from './mocks/handlers/channels';
import { MOCK_PROOF_BITS } from './mocks/handlers/reports';
import { resetStatsDb } from './mocks/handlers/stats';
import { server } from './mocks/server';

// Keycloak is not started in unit tests: the session comes from authStore (see loginAs in test-utils),
// and the "access token" is simply the username, which the MSW handlers read as the caller.
vi.mock('@/auth/keycloak', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/auth/keycloak')>();
  return {
    ...actual,
    getAccessToken: async () => {
      const state = actual.authStore.get();
      return state.status === 'authenticated' ? state.user.username : undefined;
    },
    login: vi.fn(),
    logout: vi.fn(),
    handleUnauthorized: vi.fn(),
  };
});

window.__APP_CONFIG__ = { apiUrl: API_URL, keycloakUrl: 'http://keycloak.test', realm: 'aduan', clientId: 'aduan-web' };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  authStore.set({ status: 'anonymous' });
  // As if the fake API had already told the SPA how much work a guest's stamp needs (see guest-proof.ts).
  localStorage.setItem('aduan.proof-of-work', JSON.stringify({ bits: MOCK_PROOF_BITS, clockOffset: 0 }));
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetDb();
  resetAdminDb();
  resetChannelsDb();
  resetStatsDb();
  localStorage.clear();
  localeStore.set('id');
  sessionStorage.clear();
});
afterAll(() => server.close());
