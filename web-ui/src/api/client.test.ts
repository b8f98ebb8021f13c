import { http, HttpResponse } from 'msw';
import { handleUnauthorized } from '@/auth/keycloak';
import { localeStore } from '@/i18n/locale-store';
import { API_URL } from '@/testing/mocks/api-url';
import { problem } from '@/testing/mocks/handlers/reports';
import { server } from '@/testing/mocks/server';
import { loginAs } from '@/testing/test-utils';
import { api } from './client';
import { ApiError, toApiError } from './errors';

describe('api client', () => {
  it('sends the bearer token of a logged-in user and the UI language', async () => {
    let headers: Headers | undefined;
    server.use(
      http.get(`${API_URL}/api/v1/me/reports`, ({ request }) => {
        headers = request.headers;
        return HttpResponse.json({ items: [], nextCursor: null });
      }),
    );
    loginAs('Warga Satu', 'warga1');
    localeStore.set('en');
    await api().GET('/api/v1/me/reports');
    expect(headers?.get('Authorization')).toBe('Bearer warga1');
    expect(headers?.get('Accept-Language')).toBe('en');
  });

  it('sends no Authorization header for guests', async () => {
    let authorization: string | null = 'unset';
    server.use(
      http.get(`${API_URL}/api/v1/reports/track/:code`, ({ request }) => {
        authorization = request.headers.get('Authorization');
        return problem(404, 'Not found');
      }),
    );
    await api().GET('/api/v1/reports/track/{trackingCode}', { params: { path: { trackingCode: 'X' } } });
    expect(authorization).toBeNull();
  });

  it('starts a new login when the API answers 401', async () => {
    loginAs();
    server.use(http.get(`${API_URL}/api/v1/me/reports`, () => problem(401, 'Unauthorized')));
    const { error, response } = await api().GET('/api/v1/me/reports');
    expect(handleUnauthorized).toHaveBeenCalledTimes(1);
    const apiError = toApiError(response, error);
    expect(apiError).toBeInstanceOf(ApiError);
    expect(apiError.status).toBe(401);
    expect(apiError.problem?.title).toBe('Unauthorized');
  });
});
