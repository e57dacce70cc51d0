import { Button, Checkbox, Group, Modal, Stack, Switch, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_NAME, membershipsQueryOptions } from '@/api/ac/membership-queries';
import { useApi } from '@/api/api-context';
import type { StorageEntry } from '@/api/storage/listing';
import { setPermissionsMutationOptions } from '@/api/storage/node-mutations';
import { GMS_GROUP_PREFIX } from '@/api/storage/vospace-names';
import { ErrorAlert } from '@/components/error-alert';
import { useConfig } from '@/config/config-context';
import { GroupsField } from './groups-field';
import { groupName, sharingChanged } from './sharing-form';
import { JobProgress, useJobPhases } from './job-progress';
import { nameInSentence } from '@/lib/names';
import { BusyButton } from '@/components/busy-button';

const groupUri = (name: string) => (name.startsWith('ivo://') ? name : `${GMS_GROUP_PREFIX}${name}`);
/**
 * A name, or a whole group URI, that cavern takes: it reads each as a GroupURI (opencadc/ac cadc-gms), which
 * wants an `ivo` URI with an authority and a path, and a name (after `?`, or `#` in the old style) of the
 * characters GROUP_NAME allows; anything else is a 400 after Save.
 */
function isGroupName(name: string): boolean {
  const uri = /^ivo:\/\/[^/?#]+\/[^?#]*(?:\?([^#]*)|#(.*))$/.exec(name);
  return GROUP_NAME.test(uri ? (uri[1] ?? uri[2] ?? '') : name);
}

interface PermissionsDialogProps {
  entry: StorageEntry;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Public read, group read and group write (cavern's ACLs), inheritance for folders, optionally recursive. */
export function PermissionsDialog({ entry, onClose, onDone }: PermissionsDialogProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const authority = useConfig().storage.vosAuthority;
  const jobs = useJobPhases();
  const save = useMutation(setPermissionsMutationOptions(api, authority));
  // the user's groups, suggested as they type; without them (the group service down) names are typed whole
  const memberships = useQuery(membershipsQueryOptions(api));
  const [isPublic, setPublic] = useState(entry.isPublic);
  const [groupRead, setGroupRead] = useState(entry.groupRead.map(groupName));
  const [groupWrite, setGroupWrite] = useState(entry.groupWrite.map(groupName));
  const [inherit, setInherit] = useState(entry.inheritPermissions ?? false);
  const [recursive, setRecursive] = useState(false);
  const isFolder = entry.kind === 'container';
  // cavern keeps inheritance as default group ACLs: with no group there is nothing to pass on, and a
  // folder saved so reads back as not inheriting
  const hasGroup = groupRead.length > 0 || groupWrite.length > 0;
  const badGroup = [...groupRead, ...groupWrite].find((name) => !isGroupName(name));
  const changed = sharingChanged(entry, { isPublic, groupRead, groupWrite, inherit, recursive });
  // Escape, the close button or a click beside the dialog with changes made asks first; Cancel does not
  const [leaving, setLeaving] = useState(false);
  const focusBefore = useRef<HTMLElement | null>(null);
  const requestClose = () => {
    if (!changed) {
      onClose();
      return;
    }
    focusBefore.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setLeaving(true);
  };
  // back where the user was when they tried to leave
  const keepEditing = () => {
    setLeaving(false);
    if (focusBefore.current?.isConnected) focusBefore.current.focus();
  };

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (badGroup) return;
    jobs.reset();
    save.mutate(
      {
        entry,
        change: {
          isPublic,
          groupRead: groupRead.map(groupUri),
          groupWrite: groupWrite.map(groupUri),
          ...(isFolder ? { inheritPermissions: inherit && hasGroup } : {}),
        },
        recursive: isFolder && recursive,
        onPhase: jobs.onPhase,
      },
      {
        onSuccess: () => {
          onDone(t('storage.permissions.saved'));
          onClose();
        },
      },
    );
  }

  const groupError = (names: string[]) => {
    const bad = names.find((name) => !isGroupName(name));
    return bad === undefined ? undefined : t('storage.permissions.invalidGroup', { group: bad });
  };
  /**
   * cavern saves any group name (opencadc/vos `GroupCache` asks the posix-mapper for the name's GID, and
   * opencadc/ac posix-mapper `PostgresPosixClient.writeGroups` makes one for a name it has not seen), so a
   * typo gives no one access and says nothing. A name typed here that is not one of the user's groups is said,
   * not refused (a user may share with a group they are not in); only once the groups are known, and not for
   * the names the item was already shared with, nor a group of another group service, which the list cannot
   * tell.
   */
  const memberOf = memberships.isSuccess ? new Set(memberships.data) : undefined;
  // the hint promises suggestions only while there are some to come
  const groupsHint = t(
    memberships.isError ? 'storage.permissions.groupsHintUnlisted' : 'storage.permissions.groupsHint',
  );
  const sharedBefore = new Set([...entry.groupRead, ...entry.groupWrite].map(groupName));
  const groupWarning = (names: string[]) => {
    if (!memberOf) return undefined;
    const unknown = names
      .filter((name) => isGroupName(name) && !sharedBefore.has(groupName(name)))
      .map(groupName)
      .filter((name) => !name.startsWith('ivo://') && !memberOf.has(name));
    if (unknown.length === 0) return undefined;
    const groups = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
      unknown.map((group) => t('storage.permissions.quotedGroup', { group: nameInSentence(group) })),
    );
    return t('storage.permissions.notMember', { count: unknown.length, groups });
  };
  return (
    <Modal
      opened
      onClose={leaving ? keepEditing : requestClose}
      title={t('storage.permissions.title', { name: nameInSentence(entry.name) })}
      closeButtonProps={{ 'aria-label': t('storage.actions.close') }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <Switch
            label={t('storage.permissions.public')}
            checked={isPublic}
            onChange={(event) => {
              setPublic(event.currentTarget.checked);
            }}
          />
          <GroupsField
            label={t('storage.permissions.groupRead')}
            description={groupsHint}
            value={groupRead}
            onChange={setGroupRead}
            error={groupError(groupRead)}
            warning={groupWarning(groupRead)}
            suggestions={memberships.data ?? []}
          />
          <GroupsField
            label={t('storage.permissions.groupWrite')}
            description={groupsHint}
            value={groupWrite}
            onChange={setGroupWrite}
            error={groupError(groupWrite)}
            warning={groupWarning(groupWrite)}
            suggestions={memberships.data ?? []}
          />
          {isFolder && (
            <Switch
              label={t('storage.permissions.inherit')}
              description={hasGroup ? undefined : t('storage.permissions.inheritNeedsGroup')}
              checked={inherit && hasGroup}
              disabled={!hasGroup}
              onChange={(event) => {
                setInherit(event.currentTarget.checked);
              }}
            />
          )}
          {isFolder && (
            <Checkbox
              label={t('storage.permissions.recursive')}
              checked={recursive}
              onChange={(event) => {
                setRecursive(event.currentTarget.checked);
              }}
            />
          )}
          <JobProgress phases={jobs.phases} total={1} />
          {save.isError && <ErrorAlert error={save.error} />}
          {leaving ? (
            <LeaveQuestion onKeep={keepEditing} onDiscard={onClose} />
          ) : (
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('storage.actions.cancel')}
              </Button>
              <BusyButton type="submit" busy={save.isPending} disabled={badGroup !== undefined}>
                {t('storage.permissions.save')}
              </BusyButton>
            </Group>
          )}
        </Stack>
      </form>
    </Modal>
  );
}

/** The question before changes are dropped, in place of the dialog's buttons, with the keyboard on Keep editing. */
function LeaveQuestion({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  const questionId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    keep.current?.focus();
  }, []);
  return (
    <Stack gap="xs" role="group" aria-labelledby={questionId}>
      <Text id={questionId} fw={500}>
        {t('storage.permissions.unsaved')}
      </Text>
      <Group justify="flex-end">
        <Button ref={keep} variant="default" onClick={onKeep}>
          {t('storage.permissions.keepEditing')}
        </Button>
        <Button color="red" variant="light" onClick={onDiscard}>
          {t('storage.permissions.discard')}
        </Button>
      </Group>
    </Stack>
  );
}
