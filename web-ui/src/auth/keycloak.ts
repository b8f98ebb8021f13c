import Keycloak from 'keycloak-js';
import { getEnv } from '@/config/env';
import { localeStore } from '@/i18n/locale-store';

export type AuthUser = { name: string; username?: string; roles: string[] };

export type AuthState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'unavailable' }
  | { status: 'authenticated'; user: AuthUser };

const RETURN_TO_KEY = 'aduan.returnTo';

let keycloak: Keycloak | undefined;
let state: AuthState = { status: 'loading' };
const listeners = new Set<() => void>();

/** Session state outside React: the API client reads tokens from here, components subscribe through useAuth. */
export const authStore = {
  get: (): AuthState => state,
  set(next: AuthState) {
    state = next;
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

const origin = () => window.location.origin;

function publish(kc: Keycloak) {
  if (!kc.authenticated || !kc.tokenParsed) {
    authStore.set({ status: 'anonymous' });
    return;
  }
  const claims = kc.tokenParsed as Record<string, unknown> & { realm_access?: { roles?: string[] } };
  const username = typeof claims.preferred_username === 'string' ? claims.preferred_username : undefined;
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name : (username ?? '');
  authStore.set({
    status: 'authenticated',
    user: { name, username, roles: claims.realm_access?.roles ?? [] },
  });
}

/**
 * Checks for an existing Keycloak session (or finishes a login redirect) without leaving the page.
 * Never rejects: when Keycloak cannot be reached the app carries on for guests.
 */
export async function initAuth(): Promise<void> {
  const env = getEnv();
  const kc = new Keycloak({ url: env.keycloakUrl, realm: env.realm, clientId: env.clientId });
  keycloak = kc;
  kc.onAuthSuccess = () => publish(kc);
  kc.onAuthRefreshSuccess = () => publish(kc);
  kc.onAuthLogout = () => publish(kc);
  try {
    await kc.init({
      onLoad: 'check-sso',
      pkceMethod: 'S256',
      silentCheckSsoRedirectUri: `${origin()}/silent-check-sso.html`,
      checkLoginIframe: false,
      // An unreachable Keycloak must not keep the public pages waiting for long.
      messageReceiveTimeout: 5000,
    });
    publish(kc);
  } catch (error) {
    console.warn('Keycloak is unavailable; continuing without login.', error);
    keycloak = undefined;
    authStore.set({ status: 'unavailable' });
  }
}

function currentPath() {
  return `${window.location.pathname}${window.location.search}`;
}

/**
 * Keycloak only accepts `${origin}/` as redirect URI, so the page to come back to is kept
 * in sessionStorage and restored by consumeReturnTo() after the redirect.
 */
export function login(returnTo: string = currentPath()): void {
  if (!keycloak) return;
  try {
    sessionStorage.setItem(RETURN_TO_KEY, returnTo);
  } catch {
    // Without sessionStorage the user simply lands on the home page.
  }
  void keycloak.login({ redirectUri: `${origin()}/`, locale: localeStore.get() });
}

export function logout(): void {
  if (!keycloak) return;
  void keycloak.logout({ redirectUri: `${origin()}/` });
}

/** The in-app path saved before the login redirect, once; only same-origin paths are returned. */
export function consumeReturnTo(): string | undefined {
  try {
    const value = sessionStorage.getItem(RETURN_TO_KEY);
    sessionStorage.removeItem(RETURN_TO_KEY);
    if (value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) return value;
  } catch {
    // ignore
  }
  return undefined;
}

/** A fresh access token (refreshed when it expires within 30 s), or undefined for guests. */
export async function getAccessToken(): Promise<string | undefined> {
  const kc = keycloak;
  if (!kc?.authenticated) return undefined;
  try {
    await kc.updateToken(30);
  } catch {
    // The Keycloak session is gone: log in again rather than silently acting as a guest.
    login();
    throw new Error('Session expired');
  }
  return kc.token;
}

/** The API refused our token: start a new login that returns to this page. */
export function handleUnauthorized(): void {
  if (keycloak) login();
}
