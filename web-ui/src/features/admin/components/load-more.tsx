import { Alert } from '@/components/ui/alert';
import { useI18n } from '@/i18n/use-i18n';

type LoadMoreProps = {
  /** The parts of an infinite query (see cursorPagesOptions) that "load more" needs. */
  query: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
    fetchNextPage: () => Promise<unknown>;
  };
};

/** Below a list read page by page: says when the next page failed, and offers the next one while there is one. */
export function LoadMore({ query }: LoadMoreProps) {
  const { t } = useI18n();
  return (
    <>
      {query.isFetchNextPageError && <Alert tone="error" title={t('admin.loadFailed')} />}
      {query.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? t('admin.loadingMore') : t('admin.loadMore')}
        </button>
      )}
    </>
  );
}
