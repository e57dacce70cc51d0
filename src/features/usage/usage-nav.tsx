import { Button, Group, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usageWindows } from '@/api/usage/usage-windows';
import { paths } from '@/lib/paths';
import { periodInSearch, type PeriodChoice, type UsagePeriod } from './use-usage-window';

/**
 * The three usage views; the period (a custom range's days too) travels along. The platform view has none of
 * its own, but its address carries the period on, so coming back from it keeps the period chosen before.
 */
export function UsageNav({ period }: { period: UsagePeriod | undefined }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const window = period?.params ?? periodInSearch(new URLSearchParams(search));
  const links = [
    { to: paths.usage(window), label: t('usage.nav.mine'), current: pathname === paths.usage() },
    {
      to: paths.usageProjects(window),
      label: t('usage.nav.projects'),
      current: pathname.startsWith(paths.usageProjects()) || pathname.startsWith('/usage/groups/'),
    },
    {
      to: paths.usagePlatform(window),
      label: t('usage.nav.platform'),
      current: pathname === paths.usagePlatform(),
    },
  ];
  return (
    <Group component="nav" aria-label={t('usage.nav.label')} gap="xs" wrap="wrap">
      {links.map((link) => (
        <Button
          key={link.to}
          component={Link}
          to={link.to}
          variant={link.current ? 'filled' : 'default'}
          aria-current={link.current ? 'page' : undefined}
          size="sm"
        >
          {link.label}
        </Button>
      ))}
    </Group>
  );
}

const choices: readonly PeriodChoice[] = [...usageWindows, 'custom'];

export function WindowPicker({
  value,
  onChange,
}: {
  value: PeriodChoice;
  onChange: (value: PeriodChoice) => void;
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('usage.window.label')}
      // five segments are wider than a 320 px screen (French more so): they wrap onto a second row there
      // rather than cutting the last one off
      maw="100%"
      styles={{ root: { flexWrap: 'wrap' } }}
      value={value}
      onChange={(next) => {
        const chosen = choices.find((choice) => choice === next);
        if (chosen) onChange(chosen);
      }}
      data={choices.map((choice) => ({ value: choice, label: t(`usage.window.short.${choice}`) }))}
    />
  );
}
