import { useI18n } from '@/i18n/use-i18n';
import { useCsvDownload, type CsvRequest } from '../api/export-csv';

type CsvButtonProps = {
  request: CsvRequest;
  filename: string;
  /** What is downloaded, for screen readers: several of these buttons share a page. */
  what: string;
};

/** "Unduh CSV": fetches the block's figures as CSV through the authenticated client and saves them as a file. */
export function CsvButton({ request, filename, what }: CsvButtonProps) {
  const { t } = useI18n();
  const download = useCsvDownload();
  return (
    <span className="stats-csv">
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={download.isPending}
        // The name says what is downloaded: a hidden span would be read as a separate word.
        aria-label={`${download.isPending ? t('stats.csv.busy') : t('stats.csv')}: ${what}`}
        onClick={() => download.mutate({ request, filename })}
      >
        {download.isPending ? t('stats.csv.busy') : t('stats.csv')}
      </button>
      {download.isError && (
        <span role="alert" className="field__error">
          {t('stats.csv.failed')}
        </span>
      )}
    </span>
  );
}
