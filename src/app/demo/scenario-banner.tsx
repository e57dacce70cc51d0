import { Alert, Button, Group, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { demo as demoStrings } from '@/i18n/en/demo';
import { useDemoPlatform } from './demo-platform';

type KnownScenario = keyof typeof demoStrings.scenarios;

/**
 * In demo mode, the scenarios this tab's fake platform runs: a `?scenario=` link is remembered by the tab
 * after the address drops it, so without this nothing on screen would say why the platform behaves oddly.
 */
export function ScenarioBanner() {
  const { t, i18n } = useTranslation();
  const demo = useDemoPlatform();
  // The strings are loaded (main.tsx), not imported: a scenario is known when they name it.
  const isKnownScenario = (name: string): name is KnownScenario => i18n.exists(`demo.scenarios.${name}`);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [isReset, setIsReset] = useState(false);
  const scenarios = isReset ? [] : (demo?.scenarios ?? []);
  if (!demo || scenarios.length === 0) return null;

  function handleReset() {
    demo?.resetToDefault();
    setIsReset(true);
    // the scenario must not come back with a reload of this address
    const search = new URLSearchParams(location.search);
    if (search.has('scenario')) {
      search.delete('scenario');
      const query = search.toString();
      void navigate({ pathname: location.pathname, search: query ? `?${query}` : '' }, { replace: true });
    }
    void queryClient.resetQueries();
  }

  const names = scenarios.map((name) => (isKnownScenario(name) ? t(`demo.scenarios.${name}`) : name));
  return (
    <Alert
      role="region"
      aria-label={t('demo.scenarioLabel')}
      variant="light"
      color="grape"
      icon={<IconFlask size={20} aria-hidden />}
      mb="md"
      py="xs"
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm">
          <Text span fw={700} size="sm">
            {t('demo.scenarioActive', { count: names.length })}
          </Text>{' '}
          {names.join(', ')}.{' '}
          <Text span size="sm" c="dimmed">
            {t('demo.scenarioHint')}
          </Text>
        </Text>
        <Button size="xs" variant="default" onClick={handleReset}>
          {t('demo.backToDefault')}
        </Button>
      </Group>
    </Alert>
  );
}
