import type { ReactNode } from 'react';
import { useI18n } from '@/i18n/use-i18n';
import { AdminNav } from './admin-nav';

type AdminPageProps = {
  title: string;
  intro: string;
  /** Supervisors see the data but not the controls; tell them why. */
  readOnly: boolean;
  children: ReactNode;
};

/** The frame of every admin page: sub-navigation, heading and a short explanation. */
export function AdminPage({ title, intro, readOnly, children }: AdminPageProps) {
  const { t } = useI18n();
  return (
    <div className="page admin">
      <AdminNav />
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
      {readOnly && (
        <p className="admin__read-only" data-testid="read-only">
          {t('admin.readOnly')}
        </p>
      )}
      {children}
    </div>
  );
}
