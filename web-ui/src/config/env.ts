// zod/mini: the same validation as `zod` at a fraction of the bundle size.
import * as z from 'zod/mini';

const baseUrl = z.pipe(
  z.url(),
  z.transform((url: string) => url.replace(/\/+$/, '')),
);
const name = z.string().check(z.minLength(1));

const appConfigSchema = z.object({ apiUrl: baseUrl, keycloakUrl: baseUrl, realm: name, clientId: name });

export type AppConfig = z.infer<typeof appConfigSchema>;

declare global {
  interface Window {
    __APP_CONFIG__?: unknown;
  }
}

let cached: AppConfig | undefined;

/** Runtime settings from public/config.js, validated once; a broken config fails loudly at start-up. */
export function getEnv(): AppConfig {
  if (!cached) {
    const result = appConfigSchema.safeParse(window.__APP_CONFIG__);
    if (!result.success) {
      throw new Error(`Invalid window.__APP_CONFIG__ (config.js): ${z.prettifyError(result.error)}`);
    }
    cached = result.data;
  }
  return cached;
}
