import { Anchor, Box, Burger, Group, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconTelescope } from '@tabler/icons-react';
import { useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useHref, useLocation } from 'react-router';
import { paths } from '@/lib/paths';
import { AuthGate } from '../auth-gate';
import { useDemoPlatform } from '../demo/demo-platform';
import { LazyMount } from '@/components/lazy-part';
import { HasNavigatedContext } from '@/components/visit-context';
import { loadOnce } from '@/lib/load-once';
import { AnnouncementBanner } from './announcement-banner';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { LanguageSwitch } from './language-switch';
import { NavLinks, UploadsDot } from './nav-links';
import { useUploadLeaveWarning } from './use-upload-leave-warning';
import { UserMenu } from './user-menu';
import classes from './app-layout.module.css';

/**
 * To the page's main region. Its address is this page's own with `#main`: a bare `#main` would resolve against
 * the document's `<base href>` (the app's base, src/lib/base-path.ts) and leave the page.
 */
function SkipLink() {
  const { t } = useTranslation();
  const location = useLocation();
  const href = useHref({ pathname: location.pathname, search: location.search, hash: 'main' });
  return (
    <a href={href} className={classes.skipLink}>
      {t('app.skipToContent')}
    </a>
  );
}

/**
 * A session about to end, on every page (features/sessions/ending-soon-notice.tsx): its code follows the first
 * paint, and a failed load shows nothing, as a page with no session ending does.
 */
const endingSoonNotice = loadOnce(() =>
  import('@/features/sessions/ending-soon-notice').then((module) => module.EndingSoonNotice),
);

export function AppLayout() {
  const [isNavOpen, { toggle, close }] = useDisclosure(false);
  const DemoBanner = useDemoPlatform()?.Banner;
  const burger = useRef<HTMLButtonElement>(null);
  // Uploads go on while the user is elsewhere in the portal: closing the tab asks first from every page.
  useUploadLeaveWarning();
  const hasNavigated = useHasNavigated();
  // On a phone the open panel covers the page: what is under it leaves the tab order and the screen reader's
  // reach, as under a dialog (a wider window shows both side by side, and the panel is not a cover there).
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  const isCovered = isNavOpen && isPhone;
  // The phone's navigation panel closes on Escape from the panel or its button, focus back on the button.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isNavOpen) return;
    close();
    burger.current?.focus();
  };
  return (
    <>
      <SkipLink />
      <AuthGate
        signedIn={(content) => (
          <div className={classes.shell}>
            {/* right-scroll-bar-position: a dialog's scroll lock pads this fixed bar as it does the page */}
            <header className={`${classes.header} right-scroll-bar-position`}>
              <Header isNavOpen={isNavOpen} onToggleNav={toggle} burger={burger} onKeyDown={closeOnEscape} />
            </header>
            <div className={classes.navbar} data-open={isNavOpen || undefined} onKeyDown={closeOnEscape}>
              <NavLinks onNavigate={close} />
            </div>
            <main className={classes.main} id="main" tabIndex={-1} inert={isCovered}>
              <AnnouncementBanner />
              {DemoBanner && <DemoBanner />}
              <LazyMount part={endingSoonNotice} fallback={null}>
                {(EndingSoonNotice) => <EndingSoonNotice />}
              </LazyMount>
              <HasNavigatedContext value={hasNavigated}>{content}</HasNavigatedContext>
            </main>
            <footer className={`${classes.footer} right-scroll-bar-position`} inert={isCovered}>
              <Footer />
            </footer>
          </div>
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

interface HeaderProps {
  isNavOpen: boolean;
  onToggleNav: () => void;
  burger: RefObject<HTMLButtonElement | null>;
  onKeyDown: (event: KeyboardEvent) => void;
}

function Header({ isNavOpen, onToggleNav, burger, onKeyDown }: HeaderProps) {
  const { t } = useTranslation();
  const uploadsId = useId();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="xs" wrap="nowrap">
        <Box pos="relative" hiddenFrom="sm">
          <Burger
            ref={burger}
            opened={isNavOpen}
            onClick={onToggleNav}
            onKeyDown={onKeyDown}
            size="sm"
            aria-label={isNavOpen ? t('app.closeNavigation') : t('app.openNavigation')}
            aria-describedby={uploadsId}
          />
          {!isNavOpen && <UploadsDot id={uploadsId} />}
        </Box>
        <Anchor component={Link} to={paths.home()} underline="never" c="inherit" aria-label={t('app.name')}>
          <Group gap={6} wrap="nowrap">
            <IconTelescope size={22} aria-hidden />
            {/* the site's name, not a heading: the page's h1 is the first one a screen reader lists */}
            <Text component="span" fz="h4" fw={700} className={classes.brand} visibleFrom="xs">
              {t('app.name')}
            </Text>
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

/** Whether the location has changed since the app loaded (./visit-context). */
function useHasNavigated(): boolean {
  const { key } = useLocation();
  const [firstKey] = useState(key);
  const [hasNavigated, setHasNavigated] = useState(false);
  if (!hasNavigated && key !== firstKey) setHasNavigated(true);
  return hasNavigated;
}
