import { paths } from '@/config/paths';

/** The fragment that carries a guest's access key in the link of their receipt. */
export const ACCESS_KEY_PARAM = 'kunci';

/**
 * The address that opens a guest's report with its access key (ADR 0025): the key is in the
 * fragment, which browsers never send to a server, so it stays out of logs and Referer headers.
 */
export function accessLink(trackingCode: string, accessKey: string): string {
  return `${window.location.origin}${paths.trackCode.getHref(trackingCode)}#${ACCESS_KEY_PARAM}=${encodeURIComponent(accessKey)}`;
}

/** The access key in a fragment such as `#kunci=3fa9c1.Jq0…`, if there is one. */
export function accessKeyOf(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(ACCESS_KEY_PARAM);
  return value && /^[0-9a-f]{6}\.[A-Za-z0-9_-]{22}$/.test(value) ? value : undefined;
}
