import { Alert } from '@/components/ui/alert';

export type LoadMoreQuery = {
  /** The parts of an infinite query (see cursorPagesOptions) that "load more" needs. */
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => Promise<unknown>;
};

type LoadMoreProps = {
  query: LoadMoreQuery;
  labels: { failed: string; more: string; loading: string };
};

/** Below a list read page by page: says when the next page failed, and offers the next one while there is one. */
export function LoadMore({ query, labels }: LoadMoreProps) {
  return (
    <>
      {query.isFetchNextPageError && <Alert tone="error" title={labels.failed} />}
      {query.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? labels.loading : labels.more}
        </button>
      )}
    </>
  );
}
