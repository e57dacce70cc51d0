import { Button } from '@mantine/core';
import { IconExternalLink, IconPlayerPlay } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Session } from '@/api/skaha/session-schemas';
import { useConfig } from '@/config/config-context';
import { paths } from '@/lib/paths';

interface OpenSessionButtonProps {
  session: Pick<Session, 'id' | 'connectURL'>;
  children: ReactNode;
  'aria-label'?: string;
}

/**
 * Every "Open" of a running session: its own page in a new tab, or in the demo, where the fake platform's
 * canfar.net addresses lead nowhere, the stand-in page in this one.
 */
export function OpenSessionButton({ session, children, 'aria-label': ariaLabel }: OpenSessionButtonProps) {
  const isDemo = useConfig().mocks;
  return isDemo ? (
    <Button
      component={Link}
      to={paths.demoSession(session.id)}
      size="xs"
      leftSection={<IconPlayerPlay size={14} aria-hidden />}
      aria-label={ariaLabel}
    >
      {children}
    </Button>
  ) : (
    <Button
      component="a"
      href={session.connectURL}
      target="_blank"
      rel="noopener noreferrer"
      size="xs"
      leftSection={<IconExternalLink size={14} aria-hidden />}
      aria-label={ariaLabel}
    >
      {children}
    </Button>
  );
}
