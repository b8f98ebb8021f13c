import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';

export default function LandingRoute() {
  const { t } = useI18n();
  const actions = [
    { to: paths.newReport.getHref(), title: t('nav.newReport'), desc: t('landing.new.desc') },
    { to: paths.track.getHref(), title: t('nav.track'), desc: t('landing.track.desc') },
    { to: paths.myReports.getHref(), title: t('nav.myReports'), desc: t('landing.mine.desc') },
  ];
  return (
    <div className="page">
      <section className="hero">
        <h1>{t('landing.title')}</h1>
        <p className="lead">{t('landing.intro')}</p>
      </section>

      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{t('landing.actions')}</h2>
        <ul className="cards">
          {actions.map((action) => (
            <li key={action.to} className="card">
              <Link to={action.to} className="card__link">
                {action.title}
              </Link>
              <p>{action.desc}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title">{t('landing.how.title')}</h2>
        <ol className="steps">
          <li>{t('landing.how.step1')}</li>
          <li>{t('landing.how.step2')}</li>
          <li>{t('landing.how.step3')}</li>
        </ol>
      </section>
    </div>
  );
}
