import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { meKey, useMe } from '../features/accounts/auth.queries';
import { onAuthEvent } from '../shared/api/auth-events';
import { currentLocale, hasStoredLocale, setLocale } from '../shared/i18n';
import { loginPathFor } from '../shared/portals';

const PUBLIC_PATHS = new Set(['/login', '/signup']);

/**
 * Reacts to session interruptions reported by any API call: an expired session goes to
 * the log-in page (keeping where the user was), a pending password change to its page.
 */
export function SessionWatcher() {
  const navigate = useNavigate();
  const location = useLocation();
  const qc = useQueryClient();
  const { data: me } = useMe();

  // a browser that never chose a language follows the account's preference
  useEffect(() => {
    if (me && !hasStoredLocale() && me.locale !== currentLocale()) void setLocale(me.locale);
  }, [me]);

  useEffect(
    () =>
      onAuthEvent((event) => {
        if (event === 'unauthenticated') {
          if (PUBLIC_PATHS.has(location.pathname)) return;
          qc.setQueryData(meKey, null);
          void navigate(loginPathFor(location), { replace: true });
        } else if (location.pathname !== '/change-password') {
          void qc.invalidateQueries({ queryKey: meKey });
          void navigate('/change-password', { replace: true });
        }
      }),
    [navigate, location, qc],
  );
  return null;
}
