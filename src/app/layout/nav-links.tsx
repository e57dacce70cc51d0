import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { useConfig } from '../../config/config-context';
import { areas, enabledAreas } from '../areas';

export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { features } = useConfig();
  const items = enabledAreas(areas, features);
  return (
    <nav aria-label={t('app.mainNavigation')}>
      <Stack gap={4}>
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            label={t(item.label)}
            leftSection={<item.icon size={18} aria-hidden />}
            onClick={onNavigate}
          />
        ))}
      </Stack>
    </nav>
  );
}
