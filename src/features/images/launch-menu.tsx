import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LaunchableType } from '@/api/skaha/session-schemas';
import { paths } from '@/lib/paths';
import { useLabelNameInSentence } from './session-type-chips';
import { useIsUnlisted } from './use-unlisted';

interface LaunchMenuProps {
  /** The full pull reference the launch form is given. */
  image: string;
  types: readonly LaunchableType[];
  /** What the menu launches, for its accessible name (a tag or a short digest). */
  name: string;
}

/** "Launch ▾" on an artifact row: one link to the prefilled launch form per session type it is labelled with. */
export function LaunchMenu({ image, types, name }: LaunchMenuProps) {
  const { t } = useTranslation();
  const labelName = useLabelNameInSentence();
  const unlisted = useIsUnlisted(image, types.length > 0);
  if (types.length === 0) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconPlayerPlay size={14} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('images.artifacts.launchMenu', { name })}
        >
          {t('images.detail.launch')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown maw={320}>
        {/* said before the form asks for them */}
        {unlisted && (
          <Menu.Label style={{ whiteSpace: 'normal' }}>{t('images.artifacts.launchUnlisted')}</Menu.Label>
        )}
        {types.map((type) => (
          <Menu.Item key={type} component={Link} to={paths.launch({ type, image })}>
            {t('images.detail.launchAs', { type: labelName(type) })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
