import { Alert, Badge, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { IconBookmarks, IconDeviceFloppy, IconPencil } from '@tabler/icons-react';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaunchFormState } from '../launch-state';
import { ManagePresetsDialog } from './manage-presets-dialog';
import { presetToState, type Preset } from './preset-file';
import { arcPath } from './preset-queries';
import { SavePresetDialog } from './save-preset-dialog';
import { usePresets } from './use-presets';

interface LaunchPresetsProps {
  state: LaunchFormState;
  onApply: (state: LaunchFormState) => void;
}

/**
 * Mantine's menu moves focus to its first item, and takes a disabled one (the presets are read when the menu
 * opens, so every item starts disabled); a disabled button takes no focus, which left it on the button and the
 * arrow keys scrolling the page. Focus the menu itself then: its arrow keys go to the first enabled item.
 */
function focusMenuUnlessInside(menu: RefObject<HTMLDivElement | null>) {
  // once the opening has rendered; not from a ref callback, which Mantine's merged ref calls on every render,
  // the closing one included
  setTimeout(() => {
    const element = menu.current;
    if (element?.isConnected && !element.contains(document.activeElement))
      element.focus({ preventScroll: true });
  });
}

/**
 * Mantine would return focus to what had it when the menu opened, which is the menu itself here (its focus
 * trap takes focus before Mantine looks): gone once it closes, leaving focus on the page. Back to the button
 * instead, unless something else took it.
 */
function returnFocusTo(button: HTMLButtonElement | null) {
  const active = document.activeElement;
  if (active === null || active === document.body || active.closest('[role="menu"]') !== null)
    button?.focus({ preventScroll: true });
}

/** The Presets menu: apply one of yours or of a workshop you belong to, save the form, rename or delete. */
export function LaunchPresets({ state, onApply }: LaunchPresetsProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const menuDropdown = useRef<HTMLDivElement>(null);
  const presets = usePresets(opened);
  const [dialog, setDialog] = useState<'save' | 'manage' | undefined>();
  const [announcement, setAnnouncement] = useState('');

  // mounted only while open, a dialog's Modal has no opening to return focus from: back to the menu's button
  function closeDialog() {
    setDialog(undefined);
    menuButton.current?.focus({ preventScroll: true });
  }

  function handleApply(preset: Preset) {
    onApply(presetToState(preset));
    setAnnouncement(t('launch.presets.applied', { name: preset.name }));
  }

  const own = presets.own;
  return (
    <Stack gap={6}>
      <Group gap="sm">
        <Menu
          position="bottom-start"
          withinPortal
          onOpen={() => {
            // the first opening reads the files; a later one reads again those that failed
            if (opened) presets.retryFailed();
            setOpened(true);
            focusMenuUnlessInside(menuDropdown);
          }}
          returnFocus={false}
          onClose={() => {
            returnFocusTo(menuButton.current);
          }}
        >
          <Menu.Target>
            <Button
              ref={menuButton}
              variant="default"
              size="xs"
              leftSection={<IconBookmarks size={14} aria-hidden />}
            >
              {t('launch.presets.menu')}
            </Button>
          </Menu.Target>
          {/* a published preset's badge would otherwise push the menu past a phone's edge */}
          <Menu.Dropdown maw="calc(100vw - 2 * var(--mantine-spacing-md))" ref={menuDropdown}>
            <Menu.Label>{t('launch.presets.yours')}</Menu.Label>
            {presets.isLoading ? (
              <Menu.Item disabled>{t('launch.presets.loading')}</Menu.Item>
            ) : own && own.length > 0 ? (
              own.map((preset) => (
                <Menu.Item
                  key={preset.name}
                  onClick={() => {
                    handleApply(preset);
                  }}
                >
                  {preset.name}
                </Menu.Item>
              ))
            ) : (
              <Menu.Item disabled>{t('launch.presets.none')}</Menu.Item>
            )}
            {presets.workshops.map((workshop) => [
              <Menu.Divider key={`${workshop.project}-divider`} />,
              <Menu.Label key={`${workshop.project}-label`}>
                {t('launch.presets.workshop', { project: workshop.project })}
              </Menu.Label>,
              ...workshop.presets.map((preset) => (
                <Menu.Item
                  key={`${workshop.project}/${preset.name}`}
                  onClick={() => {
                    handleApply(preset);
                  }}
                  rightSection={
                    <Badge size="xs" variant="light" color="gray" ml="sm">
                      {t('launch.presets.workshopBadge', { project: workshop.project })}
                    </Badge>
                  }
                >
                  {preset.name}
                </Menu.Item>
              )),
            ])}
            {/* said where they would be listed too: the message below the button is under the open menu */}
            {presets.groupsFailed && [
              <Menu.Divider key="groups-failed-divider" />,
              <Menu.Item key="groups-failed" disabled>
                {t('launch.presets.groupsFailedItem')}
              </Menu.Item>,
            ]}
            <Menu.Divider />
            <Menu.Item
              leftSection={<IconDeviceFloppy size={14} aria-hidden />}
              disabled={own === undefined}
              onClick={() => {
                setDialog('save');
              }}
            >
              {t('launch.presets.save')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconPencil size={14} aria-hidden />}
              disabled={own === undefined || own.length === 0}
              onClick={() => {
                setDialog('manage');
              }}
            >
              {t('launch.presets.manage')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Text size="sm" c="dimmed" role="status">
          {announcement}
        </Text>
      </Group>
      {presets.groupsFailed && (
        <Alert color="yellow" variant="light">
          {t('launch.presets.groupsFailed')}
        </Alert>
      )}
      {presets.problems.map(({ path, reason }) => (
        <Alert key={path} color="yellow" variant="light">
          {reason === undefined
            ? t('launch.presets.readFailed', { path: arcPath(path) })
            : t('launch.presets.invalidFile', { path: arcPath(path), reason })}
        </Alert>
      ))}
      {dialog === 'save' && own !== undefined && (
        <SavePresetDialog
          presets={presets}
          own={own}
          state={state}
          onClose={closeDialog}
          onDone={setAnnouncement}
        />
      )}
      {dialog === 'manage' && own !== undefined && (
        <ManagePresetsDialog presets={presets} own={own} onClose={closeDialog} onDone={setAnnouncement} />
      )}
    </Stack>
  );
}
