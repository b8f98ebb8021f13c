import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseFilters } from '../utils/filters';

/** The statistics' filters, kept in the query string so that a view can be bookmarked and shared. */
export function useStatsParams() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  /** Sets (or, with '' or undefined, removes) query parameters, replacing the history entry as the public feed does. */
  const update = useCallback(
    (changes: Record<string, string | undefined>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { params, filters, update };
}
