import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '@/auth/auth-context';
import { paths } from '@/lib/paths';
import { launchedState } from '../launched-arrival';
import type { LaunchFormState } from './launch-state';
import { rememberLaunch } from './remembered-launch';

/**
 * What the page does once a launch went through (use-launch-attempt.ts): the form is remembered for this
 * user's next launch of its type, and, when the page should leave, the dashboard opens.
 */
export function useOnLaunched() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  return useCallback(
    (form: LaunchFormState, leave: boolean, ids?: readonly string[]) => {
      rememberLaunch(user.username, form);
      const [first] = ids ?? [];
      // the new session's tile takes focus once the dashboard shows it
      if (leave) void navigate(paths.sessions(), first === undefined ? {} : { state: launchedState(first) });
    },
    [navigate, user.username],
  );
}
