import { Link, useSearchParams } from 'react-router';
import type { components } from '@/api/schema';
import { RequireRole } from '@/auth/require-role';
import { hasAnyRole } from '@/auth/roles';
import { useAuth } from '@/auth/use-auth';
import { Field } from '@/components/ui/field';
import { paths } from '@/config/paths';
import { useAllAgencies } from '@/features/agency/api/get-agencies';
import { CategorySelect } from '@/features/report/components/category-select';
import { InboxList } from '@/features/report/components/inbox-list';
import { useI18n } from '@/i18n/use-i18n';

type Status = components['schemas']['ReportStatus'];
const ADMIN_STATUSES: Status[] = ['SUBMITTED', 'VERIFIED'];
const OFFICER_STATUSES: Status[] = ['FORWARDED', 'IN_PROGRESS', 'RESOLVED'];

function Inbox() {
  const { t } = useI18n();
  const { state } = useAuth();
  const [params, setParams] = useSearchParams();
  const agencies = useAllAgencies();
  const officer = hasAnyRole(state, ['officer']) && !hasAnyRole(state, ['admin', 'supervisor']);
  const statuses = officer ? OFFICER_STATUSES : ADMIN_STATUSES;
  const status = statuses.find((s) => s === params.get('status'));
  const categoryId = params.get('categoryId') ?? '';
  const overdue = params.get('overdue');
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <div className="page page--wide">
      <h1>{officer ? t('inbox.titleOfficer') : t('inbox.titleAdmin')}</h1>
      <p className="lead">{officer ? t('inbox.introOfficer') : t('inbox.introAdmin')}</p>
      {hasAnyRole(state, ['officer', 'admin']) && (
        <p>
          <Link className="button button--secondary" to={paths.assistedReport.getHref()}>
            {t('inbox.assisted')}
          </Link>
        </p>
      )}
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('inbox.filters')}>
        <Field id="inbox-status" label={t('report.status')}>
          {(control) => (
            <select {...control} value={status ?? ''} onChange={(e) => setParam('status', e.target.value)}>
              <option value="">{officer ? t('inbox.status.activeOfficer') : t('inbox.status.all')}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="inbox-category" label={t('form.category')}>
          {(control) => (
            <CategorySelect {...control} value={categoryId} onChange={(v) => setParam('categoryId', v)} emptyLabel={t('inbox.category.all')} />
          )}
        </Field>
        <Field id="inbox-overdue" label={t('inbox.deadline')}>
          {(control) => (
            <select {...control} value={overdue ?? ''} onChange={(e) => setParam('overdue', e.target.value)}>
              <option value="">{t('inbox.deadline.all')}</option>
              <option value="true">{t('inbox.deadline.late')}</option>
              <option value="false">{t('inbox.deadline.onTime')}</option>
            </select>
          )}
        </Field>
      </form>
      <InboxList
        filters={{
          ...(status ? { status } : {}),
          ...(categoryId ? { categoryId } : {}),
          ...(overdue === 'true' || overdue === 'false' ? { overdue: overdue === 'true' } : {}),
        }}
        agencyName={(id) => agencies.data?.find((a) => a.id === id)?.name}
      />
    </div>
  );
}

/** The work queue of officers (their agency) and admins (verification); supervisors read along. */
export default function InboxRoute() {
  return (
    <RequireRole roles={['officer', 'admin', 'supervisor']}>
      <Inbox />
    </RequireRole>
  );
}
