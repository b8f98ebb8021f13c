import { LoadMore as LoadMoreButton, type LoadMoreQuery } from '@/components/ui/load-more';
import { useI18n } from '@/i18n/use-i18n';

/** "Load more" below the admin lists, in the admin screens' words. */
export function LoadMore({ query }: { query: LoadMoreQuery }) {
  const { t } = useI18n();
  return (
    <LoadMoreButton
      query={query}
      labels={{ failed: t('admin.loadFailed'), more: t('admin.loadMore'), loading: t('admin.loadingMore') }}
    />
  );
}
