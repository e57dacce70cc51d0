import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { homePath } from '@/api/storage/allocation-queries';
import { useCurrentUser } from '@/auth/auth-context';
import { ScopeUsage } from './scope-usage';
import { StorageCard } from './storage-card';
import { useUsageTitle } from './use-usage-title';
import { useUsagePeriod } from './use-usage-window';
import { WindowBar } from './window-bar';

/** The signed-in user's own usage over the chosen period, and their home folder against its quota. */
export function MyUsage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { period, setWindow, setRange } = useUsagePeriod();
  useUsageTitle(t('usage.titles.mine'));
  const storage = <StorageCard path={homePath(user.username)} title={t('usage.storage.home')} />;
  return (
    <Stack gap="md">
      <WindowBar period={period} onWindowChange={setWindow} onRangeChange={setRange} time={period.time} />
      {period.error ? (
        storage
      ) : (
        <ScopeUsage
          scope={{ kind: 'user', username: user.username }}
          period={period}
          fileName={`usage-${user.username}`}
        >
          {storage}
        </ScopeUsage>
      )}
    </Stack>
  );
}
