import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { getAccessToken, handleUnauthorized } from '@/auth/keycloak';
import { getEnv } from '@/config/env';
import { reportPins } from '@/api/report-pins';
import { localeStore } from '@/i18n/locale-store';
import type { paths } from './schema';

/** Adds the bearer token of a logged-in user (or a guest's report PIN) and the UI language; a 401 starts a new login. */
export const authMiddleware: Middleware = {
  async onRequest({ request }) {
    request.headers.set('Accept-Language', localeStore.get());
    const token = await getAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    else {
      // A guest who opened their report with its PIN shows it on every call about that report.
      const pin = reportPins.forUrl(request.url);
      if (pin) request.headers.set('X-Report-Pin', pin);
    }
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) handleUnauthorized();
    return response;
  },
};

let client: Client<paths> | undefined;

/** The typed API client; created on first use so that config.js (and, in tests, MSW) are in place. */
export function api(): Client<paths> {
  if (!client) {
    client = createClient<paths>({ baseUrl: getEnv().apiUrl });
    client.use(authMiddleware);
  }
  return client;
}
