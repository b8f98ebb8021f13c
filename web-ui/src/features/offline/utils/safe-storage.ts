/**
 * localStorage that never throws. Private modes, full quotas and disabled storage fall back to memory, so
 * drafts and queued reports still survive navigation within the tab, just not a reload.
 */
const memory = new Map<string, string>();

function local(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export const safeStorage = {
  get(key: string): string | null {
    try {
      const value = local()?.getItem(key);
      if (value != null) return value;
    } catch {
      // fall through to memory
    }
    return memory.get(key) ?? null;
  },

  /** Returns false when the value could only be kept in memory. */
  set(key: string, value: string): boolean {
    try {
      const storage = local();
      if (storage) {
        storage.setItem(key, value);
        memory.delete(key);
        return true;
      }
    } catch {
      // QuotaExceededError or SecurityError: keep it for this tab at least
    }
    memory.set(key, value);
    return false;
  },

  remove(key: string): void {
    memory.delete(key);
    try {
      local()?.removeItem(key);
    } catch {
      // nothing to remove
    }
  },

  /** Every stored key starting with `prefix`, from localStorage and memory. */
  keys(prefix: string): string[] {
    const found = new Set<string>();
    try {
      const storage = local();
      for (let i = 0; storage && i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) found.add(key);
      }
    } catch {
      // storage unavailable: memory only
    }
    for (const key of memory.keys()) if (key.startsWith(prefix)) found.add(key);
    return [...found].sort();
  },
};

/** For tests: forget what only lived in memory. */
export function clearMemoryStorage(): void {
  memory.clear();
}
