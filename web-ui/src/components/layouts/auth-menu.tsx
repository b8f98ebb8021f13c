import { useAuth } from '@/auth/use-auth';
import { useI18n } from '@/i18n/use-i18n';

/** Masuk/Keluar, with the user's name while logged in. */
export function AuthMenu() {
  const { state, login, logout } = useAuth();
  const { t } = useI18n();

  switch (state.status) {
    case 'authenticated':
      return (
        <div className="auth-menu">
          <span className="auth-menu__user" title={t('auth.loggedInAs', { name: state.user.name })} data-testid="user-name">
            {state.user.name}
          </span>
          <button type="button" className="button button--small button--secondary" onClick={() => logout()}>
            {t('auth.logout')}
          </button>
        </div>
      );
    case 'anonymous':
      return (
        <div className="auth-menu">
          <button type="button" className="button button--small" onClick={() => login()}>
            {t('auth.login')}
          </button>
        </div>
      );
    case 'loading':
      return (
        <div className="auth-menu">
          <button type="button" className="button button--small" disabled>
            {t('auth.login')}
          </button>
        </div>
      );
    case 'unavailable':
      return null;
  }
}
