import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { homePath } from '../../api/storage/allocation-queries';
import { useCurrentUser } from '../../auth/auth-context';
import { ScopeUsage } from './scope-usage';
import { StorageCard } from './storage-card';
import { useFiguresTime, useUsageWindow } from './use-usage-window';
import { WindowBar } from './window-bar';

/** The signed-in user's own usage over the chosen period, and their home folder against its quota. */
export function MyUsage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [window, setWindow] = useUsageWindow();
  const time = useFiguresTime();
  return (
    <Stack gap="md">
      <WindowBar window={window} onWindowChange={setWindow} time={time} />
      <ScopeUsage
        scope={{ kind: 'user', username: user.username }}
        window={window}
        time={time}
        fileName={`usage-${user.username}`}
      >
        <StorageCard path={homePath(user.username)} title={t('usage.storage.home')} />
      </ScopeUsage>
    </Stack>
  );
}
