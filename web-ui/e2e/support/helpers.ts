import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Screenshots of the main pages, at desktop size and on a 390×844 phone, kept as test artifacts. */
export const SCREENS = 'test-results/screens';
const PHONE = { width: 390, height: 844 };

export async function capture(page: Page, name: string): Promise<void> {
  const desktop = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.screenshot({ path: `${SCREENS}/desktop/${name}.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: `${SCREENS}/phone/${name}.png`, fullPage: true });
  await page.setViewportSize(desktop);
}

/** Every serious or critical WCAG 2.1 A/AA violation axe finds on the page (the test expects none). */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(bad, `axe on ${name}`).toEqual([]);
}

/** A page checked for accessibility and captured at both sizes. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await capture(page, name);
}

/** Logs in through the real Keycloak login page (dev realm: password = username). */
export async function login(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(/\/realms\/aduan\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(username);
  await page.locator('#kc-login').click();
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
}

/** A camera-sized JPEG (3000×2000, a few MB of noise), made in the browser: the form must shrink it. */
export async function bigPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 3000;
    canvas.height = 2000;
    const ctx = canvas.getContext('2d')!;
    const image = ctx.createImageData(3000, 2000);
    for (let i = 0; i < image.data.length; i += 4) {
      image.data[i] = (i * 7) % 255;
      image.data[i + 1] = Math.random() * 255;
      image.data[i + 2] = (i / 4000) % 255;
      image.data[i + 3] = 255;
    }
    ctx.putImageData(image, 0, 0);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.95));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

export type Stack = { api: string; keycloak: string };

/** The API and Keycloak the app under test talks to, from its own /config.js. */
export async function stackOf(request: APIRequestContext): Promise<Stack> {
  const config = await (await request.get('/config.js')).text();
  const value = (key: string) => new RegExp(`["']?${key}["']?\\s*:\\s*["']([^"']+)["']`).exec(config)?.[1];
  const api = process.env.E2E_API_URL ?? value('apiUrl');
  const keycloak = value('keycloakUrl');
  expect(api && keycloak, `apiUrl and keycloakUrl in /config.js: ${config}`).toBeTruthy();
  return { api: api!.replace(/\/+$/, ''), keycloak: keycloak!.replace(/\/+$/, '') };
}

/** A dev-realm user's access token (password = username), through the realm's test client. */
export async function tokenOf(request: APIRequestContext, stack: Stack, username: string): Promise<string> {
  const response = await request.post(`${stack.keycloak}/realms/aduan/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'aduan-test', username, password: username },
  });
  expect(response.ok(), `token of ${username}: ${response.status()}`).toBe(true);
  return (await response.json()).access_token as string;
}
