import { Text } from '@mantine/core';
import { IconClockPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useMergedRef } from '@mantine/hooks';
import { useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { renewSessionMutationOptions } from '@/api/skaha/session-renew';
import { isApiError } from '@/api/http/api-error';
import { useFormatters } from '../format';
import { BusyButton } from '@/components/busy-button';
import { ErrorAlert } from '@/components/error-alert';

/** Renew: skaha answers with nothing, so the session is read again and its new expiry shown when it can be. */
export function RenewButton({ id, name, ref }: { id: string; name: string; ref?: Ref<HTMLButtonElement> }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormatters();
  const renew = useMutation(renewSessionMutationOptions(api));
  const until = renew.data?.expiryTime;
  const button = useRef<HTMLButtonElement>(null);
  const buttonRef = useMergedRef(button, ref);
  // renewed once skaha took the POST, even when the read of its new expiry failed: then there is no date to give
  const renewedText = () => {
    if (!renew.isSuccess) return '';
    return until === undefined
      ? t('sessions.tile.renewedUndated')
      : t('sessions.tile.renewed', { date: format.dateTime(until) });
  };
  return (
    <>
      <BusyButton
        ref={buttonRef}
        size="xs"
        variant="light"
        leftSection={<IconClockPlus size={14} aria-hidden />}
        busy={renew.isPending}
        aria-label={`${t('sessions.tile.renew')} ${name}`}
        onClick={() => {
          renew.mutate(id);
        }}
      >
        {t('sessions.tile.renew')}
      </BusyButton>
      <Text size="xs" c="dimmed" aria-live="polite" w="100%">
        {renewedText()}
      </Text>
      {renew.isError && (
        <ErrorAlert
          error={renew.error}
          // the close button goes with the alert: focus goes back to the Renew it tells of
          onClose={() => {
            renew.reset();
            button.current?.focus();
          }}
          closeLabel={t('sessions.tile.renewDismiss', { name })}
          title={t('sessions.tile.renewFailed', { name })}
          // skaha's 400 "No active job for user … with session …": it ended between the last poll and the click
          explanation={noActiveJob(renew.error) ? t('sessions.tile.renewEnded', { name }) : undefined}
          // a refusal stays one: only a failure to answer is worth trying again
          onRetry={
            refused(renew.error)
              ? undefined
              : () => {
                  renew.mutate(id);
                }
          }
        />
      )}
    </>
  );
}

// a request that timed out or came too soon (408, 429) may go through later
const refused = (error: unknown) =>
  isApiError(error) &&
  error.status >= 400 &&
  error.status < 500 &&
  error.status !== 408 &&
  error.status !== 429;

const noActiveJob = (error: unknown) =>
  isApiError(error) && error.status === 400 && /^No active job\b/i.test(error.message.trim());
