import { useCallback, useEffect, useRef, useState } from 'react';
import { safeStorage } from '../utils/safe-storage';

export const DRAFT_PREFIX = 'aduan.draft.';
const PREFIX = DRAFT_PREFIX;
/** Long enough not to write on every keystroke, short enough that little is lost when the phone kills the tab. */
export const DRAFT_DEBOUNCE_MS = 300;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The stored draft if it still fits the shape of `initial`: a draft saved by an older version of the form
 * gets the new fields' defaults, and anything corrupt or of another type is ignored.
 */
function readDraft<T>(storageKey: string, initial: T): T {
  const raw = safeStorage.get(storageKey);
  if (raw === null) return initial;
  try {
    const stored: unknown = JSON.parse(raw);
    if (isPlainObject(initial)) return isPlainObject(stored) ? ({ ...initial, ...stored } as T) : initial;
    if (Array.isArray(initial)) return Array.isArray(stored) ? (stored as T) : initial;
    return typeof stored === typeof initial ? (stored as T) : initial;
  } catch {
    return initial;
  }
}

/**
 * State that is kept in localStorage (debounced) and restored after a reload, e.g. a half-written report
 * while the connection drops. The third element discards the draft and returns to `initial`.
 */
export function useDraft<T>(
  key: string,
  initial: T,
): [T, (update: T | ((prev: T) => T)) => void, () => void] {
  const storageKey = PREFIX + key;
  // Callers usually pass a fresh object literal on every render; only the first one counts.
  const [first] = useState(initial);
  const [state, setState] = useState(() => ({ storageKey, value: readDraft(storageKey, first) }));
  // A value changed by the user and not written yet; null when storage is up to date.
  const pending = useRef<{ storageKey: string; value: T } | null>(null);

  let current = state;
  if (state.storageKey !== storageKey) {
    // Another draft key (e.g. guest vs citizen form): switch to that draft during render.
    current = { storageKey, value: readDraft(storageKey, first) };
    setState(current);
  }

  const writePending = useCallback(() => {
    const draft = pending.current;
    if (!draft) return;
    pending.current = null;
    safeStorage.set(draft.storageKey, JSON.stringify(draft.value));
  }, []);

  useEffect(() => {
    if (!pending.current) return;
    const timer = setTimeout(writePending, DRAFT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [state, writePending]);

  useEffect(() => {
    // A phone may kill a backgrounded tab without warning: save at once when the page is hidden or left.
    const onHide = () => {
      if (document.visibilityState === 'hidden') writePending();
    };
    window.addEventListener('pagehide', writePending);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', writePending);
      document.removeEventListener('visibilitychange', onHide);
      writePending();
    };
  }, [writePending]);

  const update = useCallback(
    (next: T | ((prev: T) => T)) => {
      setState((prev) => {
        const value = typeof next === 'function' ? (next as (prev: T) => T)(prev.value) : next;
        pending.current = { storageKey: prev.storageKey, value };
        return { storageKey: prev.storageKey, value };
      });
    },
    [],
  );

  const clear = useCallback(() => {
    pending.current = null;
    safeStorage.remove(storageKey);
    setState({ storageKey, value: first });
  }, [storageKey, first]);

  return [current.value, update, clear];
}
