import { Link } from 'react-router';
import { useI18n } from '@/i18n/use-i18n';

type NumberLinkProps = {
  value: number;
  /** The drill-down list; without it (the public page) the number is plain text. */
  href?: string;
  /** What the number counts, read out with the link so it makes sense alone in a list of links. */
  what: string;
};

/** A count that opens the list of the reports behind it. */
export function NumberLink({ value, href, what }: NumberLinkProps) {
  const { t, formatNumber } = useI18n();
  if (!href) return <>{formatNumber(value)}</>;
  return (
    <Link to={href} className="stats-number">
      {formatNumber(value)}
      <span className="visually-hidden"> ({t('stats.drill', { what })})</span>
    </Link>
  );
}
