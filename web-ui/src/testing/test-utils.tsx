import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { authStore } from '@/auth/keycloak';
import type { Role } from '@/auth/roles';
import { registerAccount } from './mocks/handlers/admin';
import { server } from './mocks/server';

/** Renders the whole app (layout, lazy routes, providers) at `path`, as a route-level integration test. */
export function renderApp(path = '/') {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, router, queryClient };
}

/**
 * Pretends Keycloak reported a logged-in user (a citizen unless `roles` says otherwise). The MSW
 * handlers learn the same roles, since the tests' access token is just the username.
 */
export function loginAs(name = 'Warga Satu', username = 'warga1', roles: readonly Role[] = ['citizen']) {
  registerAccount(username, roles);
  authStore.set({ status: 'authenticated', user: { name, username, roles: [...roles] } });
}

/** The API requests made from now until the test ends. */
export function recordRequests(): Request[] {
  const requests: Request[] = [];
  server.events.on('request:start', ({ request }) => void requests.push(request));
  onTestFinished(() => server.events.removeAllListeners());
  return requests;
}

/** Files the app saves through a download link (jsdom neither makes object URLs nor downloads), with their names and contents. */
export function captureDownloads(): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const { createObjectURL, revokeObjectURL } = URL;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (this.download) files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  onTestFinished(() => void Object.assign(URL, { createObjectURL, revokeObjectURL }));
  return files;
}
