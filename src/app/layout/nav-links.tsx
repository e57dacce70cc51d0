import { Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useConfig } from '@/config/config-context';
import { useUploadActivity, type UploadActivity } from '@/features/storage/upload-activity';
import { areas, enabledAreas } from '../areas';
import classes from './nav-links.module.css';

export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { features } = useConfig();
  const items = enabledAreas(areas, features);
  const uploads = useUploadActivity();
  const uploadsId = useId();
  const hasUploads = uploads.remaining > 0 || uploads.failed > 0;
  return (
    <nav aria-label={t('app.mainNavigation')}>
      <Stack gap={4}>
        {items.map((item) => {
          // Uploads go on while the user is elsewhere: Storage's entry says so from every page.
          const showsUploads = item.feature === 'storage' && hasUploads;
          return (
            // React Router marks the current area with aria-current="page", which the stylesheet shows.
            <NavLink
              key={item.to}
              to={item.to}
              className={`${classes.link} mantine-focus-auto`}
              onClick={onNavigate}
              aria-describedby={showsUploads ? uploadsId : undefined}
            >
              <span className={classes.icon}>
                <item.icon size={18} aria-hidden />
              </span>
              <span className={classes.label}>{t(item.label)}</span>
              {showsUploads && <UploadBadges activity={uploads} id={uploadsId} />}
            </NavLink>
          );
        })}
      </Stack>
    </nav>
  );
}

/**
 * The uploads still to finish, and those that failed, each a small count; read by a screen reader as the
 * link's description (`id`), so the link's name stays "Storage".
 */
function UploadBadges({ activity, id }: { activity: UploadActivity; id: string }) {
  const { running, failure } = useUploadWords(activity);
  const { remaining, failed } = activity;
  return (
    <>
      {running && (
        <span className={classes.badge} title={running} aria-hidden>
          {shortCount(remaining)}
        </span>
      )}
      {failure && (
        <span className={`${classes.badge} ${classes.failedBadge}`} title={failure} aria-hidden>
          <IconAlertTriangle size={12} stroke={2.5} aria-hidden />
          {shortCount(failed)}
        </span>
      )}
      <span id={id} hidden>
        {[running, failure].filter(Boolean).join('. ')}
      </span>
    </>
  );
}

/**
 * On a phone the navigation is behind its button: a dot on the button (red when an upload failed) says so,
 * and the button's description (`id`) says what.
 */
export function UploadsDot({ id }: { id: string }) {
  const activity = useUploadActivity();
  const { running, failure } = useUploadWords(activity);
  if (running === undefined && failure === undefined) return null;
  return (
    <>
      <span className={`${classes.dot} ${failure ? classes.failedDot : ''}`} aria-hidden />
      <span id={id} hidden>
        {[running, failure].filter(Boolean).join('. ')}
      </span>
    </>
  );
}

function useUploadWords({ remaining, failed }: UploadActivity) {
  const { t } = useTranslation();
  return {
    running: remaining > 0 ? t('navUploads.running', { count: remaining }) : undefined,
    failure: failed > 0 ? t('navUploads.failed', { count: failed }) : undefined,
  };
}

/** A count that keeps the badge small. */
const shortCount = (count: number) => (count > 99 ? '99+' : String(count));
