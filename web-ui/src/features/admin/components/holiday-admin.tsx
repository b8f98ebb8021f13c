import { useSearchParams } from 'react-router';
import { canManage } from '@/auth/roles';
import { useAuth } from '@/auth/use-auth';
import { Field } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { useI18n } from '@/i18n/use-i18n';
import { useHolidays } from '../api/holidays';
import { useEditor } from '../hooks/use-editor';
import { MAX_YEAR, MIN_YEAR } from '../utils/holiday-form';
import { AdminPage } from './admin-page';
import { HolidayForm } from './holiday-form';
import { HolidayList } from './holiday-list';
import { LoadFailed } from './load-failed';
import { Notice } from './notice';

const YEAR_PARAM = 'tahun';

/** The year in the address (`?tahun=2027`, so it survives a reload and can be shared), else this year. */
function useYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get(YEAR_PARAM));
  const year = Number.isInteger(asked) && asked >= MIN_YEAR && asked <= MAX_YEAR ? asked : new Date().getFullYear();
  const setYear = (next: number) => setParams({ [YEAR_PARAM]: String(next) }, { replace: true });
  return [year, setYear];
}

/** A few years around this one and the one on screen. */
function yearOptions(year: number): number[] {
  const thisYear = new Date().getFullYear();
  const first = Math.max(MIN_YEAR, Math.min(year, thisYear) - 1);
  const last = Math.min(MAX_YEAR, Math.max(year, thisYear) + 2);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The holiday calendar of one year; admins add and remove days, supervisors look. */
export function HolidayAdmin() {
  const { t } = useI18n();
  const { state } = useAuth();
  const manage = canManage(state);
  const [year, setYear] = useYear();
  const query = useHolidays(year);
  const editor = useEditor<never>();

  const content = () => {
    if (query.isPending) return <Loading label={t('holiday.loading')} />;
    if (query.isError) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
    if (query.data.length === 0) {
      return (
        <p className="empty" data-testid="holidays-empty">
          {t('holiday.empty', { year })}
        </p>
      );
    }
    return (
      <HolidayList
        year={year}
        holidays={query.data}
        manage={manage}
        onRemoved={(holiday) => editor.done(t('holiday.removed', { name: holiday.name }))}
      />
    );
  };

  return (
    <AdminPage title={t('holiday.title')} intro={t('holiday.intro')} readOnly={!manage}>
      <Notice notice={editor.notice} />
      <div className="admin-toolbar">
        <Field id="holiday-year" label={t('holiday.year')}>
          {(control) => (
            <select {...control} name="year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
              {yearOptions(year).map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          )}
        </Field>
        {manage && (
          <button type="button" className="button" onClick={editor.openCreate}>
            {t('holiday.add')}
          </button>
        )}
      </div>
      {manage && editor.editing && (
        <HolidayForm
          key={editor.editing.key}
          year={year}
          onCancel={editor.cancel}
          onAdded={(holiday) => {
            // Show the year of the new day, so the admin sees it in the list.
            setYear(Number(holiday.date.slice(0, 4)));
            editor.done(t('holiday.added', { name: holiday.name }));
          }}
        />
      )}
      {content()}
    </AdminPage>
  );
}
