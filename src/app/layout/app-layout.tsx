import { Anchor, AppShell, Box, Burger, Group, Text, Title, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconTelescope } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { paths } from '../../lib/paths';
import { AuthGate } from '../auth-gate';
import { AnnouncementBanner } from './announcement-banner';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { LanguageSwitch } from './language-switch';
import { NavLinks } from './nav-links';
import { UserMenu } from './user-menu';
import classes from './app-layout.module.css';

export function AppLayout() {
  const { t } = useTranslation();
  const [isNavOpen, { toggle, close }] = useDisclosure(false);
  const theme = useMantineTheme();
  const isMobile = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`, false, {
    getInitialValueInEffect: false,
  });
  // Mantine only slides a collapsed navbar off screen; hiding it keeps its links out of the tab order.
  const isNavHidden = isMobile && !isNavOpen;
  return (
    <>
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AuthGate
        signedIn={(content) => (
          <AppShell
            header={{ height: 56 }}
            navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
            footer={{ height: 36 }}
            padding="md"
          >
            <AppShell.Header>
              <Header isNavOpen={isNavOpen} onToggleNav={toggle} />
            </AppShell.Header>
            <AppShell.Navbar p="sm" style={isNavHidden ? { visibility: 'hidden' } : undefined}>
              <NavLinks onNavigate={close} />
            </AppShell.Navbar>
            <AppShell.Main id="main" tabIndex={-1}>
              <AnnouncementBanner />
              {content}
            </AppShell.Main>
            <AppShell.Footer px="md">
              <Footer />
            </AppShell.Footer>
          </AppShell>
        )}
        signedOut={(content) => (
          <Box component="main" id="main" tabIndex={-1}>
            <Group justify="flex-end" p="sm" gap="xs">
              <LanguageSwitch />
              <ColorSchemeToggle />
            </Group>
            <Box px="md">
              <AnnouncementBanner />
            </Box>
            {content}
          </Box>
        )}
      >
        <Outlet />
      </AuthGate>
    </>
  );
}

function Header({ isNavOpen, onToggleNav }: { isNavOpen: boolean; onToggleNav: () => void }) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="xs" wrap="nowrap">
        <Burger
          opened={isNavOpen}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={isNavOpen ? t('app.closeNavigation') : t('app.openNavigation')}
        />
        <Anchor component={Link} to={paths.home()} underline="never" c="inherit" aria-label={t('app.name')}>
          <Group gap={6} wrap="nowrap">
            <IconTelescope size={22} aria-hidden />
            <Title order={2} size="h4" className={classes.brand} visibleFrom="xs">
              {t('app.name')}
            </Title>
          </Group>
        </Anchor>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <LanguageSwitch />
        <ColorSchemeToggle />
        <UserMenu />
      </Group>
    </Group>
  );
}

function Footer() {
  const { t } = useTranslation();
  return (
    <Group h="100%" align="center">
      <Text size="xs" c="dimmed">
        {t('app.footer', { version: __APP_VERSION__, commit: __APP_COMMIT__ })}
      </Text>
    </Group>
  );
}
