import type { ReactNode } from 'react';
import { Forbidden } from '@/components/errors/forbidden';
import { Loading } from '@/components/ui/loading';
import { useI18n } from '@/i18n/use-i18n';
import { hasAnyRole, type Role } from './roles';
import { useAuth } from './use-auth';

/**
 * Shows its children to users with one of `roles`; guests are asked to log in, others see the
 * forbidden page. The API checks again: this only spares people a page they cannot use.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useI18n();
  const { state, login } = useAuth();
  switch (state.status) {
    case 'loading':
      return <Loading label={t('auth.checking')} />;
    case 'anonymous':
    case 'unavailable':
      return (
        <div className="empty" data-testid="login-required">
          <p>{t('auth.required')}</p>
          {state.status === 'anonymous' && (
            <button type="button" className="button" onClick={() => login()}>
              {t('auth.login')}
            </button>
          )}
        </div>
      );
    case 'authenticated':
      return hasAnyRole(state, roles) ? <>{children}</> : <Forbidden />;
  }
}
