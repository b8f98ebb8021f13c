import { infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';

/** The shape of every list the API returns: one page and the cursor of the next (null on the last). */
export type CursorPage<T> = { items: T[]; nextCursor?: string | null };

/** Every item of a list, following the cursor to the last page (for short lists such as agencies). */
export async function fetchAllPages<T>(fetchPage: (cursor?: string) => Promise<CursorPage<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** A list read page by page ("load more"): each page asks for the one after the last page's cursor. */
export function cursorPagesOptions<TPage extends CursorPage<unknown>, TKey extends QueryKey>(
  queryKey: TKey,
  fetchPage: (cursor?: string) => Promise<TPage>,
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage: TPage) => lastPage.nextCursor ?? undefined,
  });
}
