import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { authStore } from '@/auth/keycloak';
import type { Role } from '@/auth/roles';
import { registerAccount } from './mocks/handlers/admin';

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
