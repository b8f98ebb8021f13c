/**
 * The PINs a guest has entered in this tab, by report id. The API takes the PIN in
 * `X-Report-Pin` in place of a token; sessionStorage forgets it when the tab closes.
 */
const KEY = 'aduan.reportPins';

function read(): Record<string, string> {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export const reportPins = {
  get: (reportId: string): string | undefined => read()[reportId],
  set(reportId: string, pin: string) {
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ ...read(), [reportId]: pin }));
    } catch {
      // Without storage the guest enters the PIN again after a reload.
    }
  },
  /** Forgets every PIN and access key of this tab (a shared phone). */
  clear() {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // nothing kept
    }
  },
  /** The PIN for a request URL of one report's endpoints, if the guest gave one. */
  forUrl(url: string): string | undefined {
    const match = /\/api\/v1\/reports\/([0-9a-f-]{36})(?:\/|$)/i.exec(url);
    return match ? read()[match[1]] : undefined;
  },
};
