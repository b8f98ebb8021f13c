// zod/mini: the same validation as `zod` at a fraction of the bundle size.
import * as z from 'zod/mini';

const baseUrl = z.pipe(
  z.url(),
  z.transform((url: string) => url.replace(/\/+$/, '')),
);
const name = z.string().check(z.minLength(1));

/** An optional slippy-map tile server (e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png) for the report form's pin. */
const mapSchema = z.object({
  tileUrl: z.string().check(z.refine((url) => /^https?:\/\/.*\{z\}.*\{x\}.*\{y\}/.test(url), 'must be an http(s) URL with {z}, {x} and {y}')),
  attribution: z.string(),
  center: z.object({ latitude: z.number().check(z.gte(-85), z.lte(85)), longitude: z.number().check(z.gte(-180), z.lte(180)) }),
  zoom: z.optional(z.number().check(z.int(), z.gte(1), z.lte(19))),
});

const appConfigSchema = z.object({
  apiUrl: baseUrl,
  keycloakUrl: baseUrl,
  realm: name,
  clientId: name,
  map: z.optional(mapSchema),
});

export type MapConfig = z.infer<typeof mapSchema>;

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
