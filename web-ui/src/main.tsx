import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createAppRouter } from '@/app/router';
import { authStore, consumeReturnTo, initAuth } from '@/auth/keycloak';
import { getEnv } from '@/config/env';
import { forgetOldReceipts } from '@/features/offline/api/forget-device';
import { startOutboxSync } from '@/features/offline/api/outbox';
import { localeStore } from '@/i18n/locale-store';
import './index.css';

/** How long the first paint may wait for Keycloak's session check before guests get the page anyway. */
const AUTH_GRACE_MS = 2000;

async function bootstrap() {
  const container = document.getElementById('root')!;
  try {
    getEnv();
  } catch (error) {
    container.textContent = 'Aduan: invalid config.js. See the browser console.';
    throw error;
  }
  document.documentElement.lang = localeStore.get();
  // Receipts with PINs are not kept past their time on a phone others may use.
  forgetOldReceipts();
  // Sends reports queued offline; it waits for the session check, since each goes out as the caller who wrote it.
  startOutboxSync();

  const authReady = initAuth();
  await Promise.race([authReady, new Promise((resolve) => setTimeout(resolve, AUTH_GRACE_MS))]);

  const router = createAppRouter();
  void authReady.then(() => {
    // Back from Keycloak (always at "/"): go on to the page where the user pressed "Masuk".
    const returnTo = consumeReturnTo();
    if (returnTo && authStore.get().status === 'authenticated' && returnTo !== window.location.pathname) {
      void router.navigate(returnTo, { replace: true });
    }
  });

  createRoot(container).render(
    <StrictMode>
      <AppProvider>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
}

function registerServiceWorker() {
  // Only built apps have sw.js; in dev a worker would cache modules Vite keeps changing.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .catch((error: unknown) => console.warn('Aduan works without offline support: no service worker.', error));
  // After the page has loaded, so precaching the whole app does not compete with the first paint on a slow link.
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

registerServiceWorker();
void bootstrap();
