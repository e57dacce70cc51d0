import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useConfig } from '@/config/config-context';
import { areas, enabledAreas } from '../areas';
import classes from './nav-links.module.css';

export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { features } = useConfig();
  const items = enabledAreas(areas, features);
  return (
    <nav aria-label={t('app.mainNavigation')}>
      <Stack gap={4}>
        {items.map((item) => (
          // React Router marks the current area with aria-current="page", which the stylesheet shows.
          <NavLink
            key={item.to}
            to={item.to}
            className={`${classes.link} mantine-focus-auto`}
            onClick={onNavigate}
          >
            <span className={classes.icon}>
              <item.icon size={18} aria-hidden />
            </span>
            <span className={classes.label}>{t(item.label)}</span>
          </NavLink>
        ))}
      </Stack>
    </nav>
  );
}
