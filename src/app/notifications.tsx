import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';
import { Notifications } from '@mantine/notifications';

/** Mantine's notification container with its stylesheets, loaded by AppProviders with the first notification. */
export function PortalNotifications() {
  return <Notifications />;
}
