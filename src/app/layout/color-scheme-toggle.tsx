import { ActionIcon, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LazyMenu } from './lazy-menu';

const SCHEMES: {
  value: MantineColorScheme;
  icon: typeof IconSun;
  label: 'theme.light' | 'theme.dark' | 'theme.auto';
}[] = [
  { value: 'light', icon: IconSun, label: 'theme.light' },
  { value: 'dark', icon: IconMoon, label: 'theme.dark' },
  { value: 'auto', icon: IconDeviceDesktop, label: 'theme.auto' },
];

/** Light, dark or the system's; Mantine remembers the choice. */
export function ColorSchemeToggle() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const current = SCHEMES.find((scheme) => scheme.value === colorScheme) ?? SCHEMES[2];
  const CurrentIcon = current?.icon ?? IconDeviceDesktop;
  return (
    <LazyMenu
      trigger={(triggerProps) => (
        <ActionIcon
          {...triggerProps}
          variant="default"
          size="lg"
          aria-label={t('theme.current', { scheme: t(current?.label ?? 'theme.auto') })}
        >
          <CurrentIcon size={18} aria-hidden />
        </ActionIcon>
      )}
    >
      {(Menu) =>
        SCHEMES.map((scheme) => (
          <Menu.Item
            key={scheme.value}
            leftSection={<scheme.icon size={16} aria-hidden />}
            onClick={() => {
              setColorScheme(scheme.value);
            }}
            aria-current={scheme.value === colorScheme ? 'true' : undefined}
          >
            {t(scheme.label)}
          </Menu.Item>
        ))
      }
    </LazyMenu>
  );
}
