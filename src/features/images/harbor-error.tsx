import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/api/http/api-error';
import { ErrorAlert } from '@/components/error-alert';
import { nameInSentence } from '@/lib/names';
import { paths } from '@/lib/paths';
import { useIsAnonymousToHarbor } from './use-harbor-api';

/** What the page shows: a 404 from Harbor names the first of these that is not there. */
export interface HarborPlace {
  project: string;
  repository?: string | undefined;
  reference?: string | undefined;
}

/**
 * Harbor's 404 (`project nope not found`, `repository skaha/nope not found`, `artifact skaha/carta:9.9.9 not
 * found`) for an address that names something the registry does not have: said in words with the way back up,
 * not as a failure to try again.
 */
function NotInRegistry({ said, place }: { said: string; place: HarborPlace }) {
  const { t } = useTranslation();
  const { project, repository, reference } = place;
  // names from the address, which anyone can write: isolated, controls shown, cut to a name's length
  const named = {
    project: nameInSentence(project),
    repository: nameInSentence(repository ?? ''),
    reference: nameInSentence(reference ?? ''),
  };
  const missing =
    repository === undefined || said === 'project'
      ? 'project'
      : reference === undefined || said === 'repository'
        ? 'repository'
        : 'artifact';
  const back =
    missing === 'project'
      ? { to: paths.images(), label: t('images.missing.toProjects') }
      : missing === 'repository' || repository === undefined
        ? {
            to: paths.imageProject(project),
            label: t('images.missing.toProject', { project: named.project }),
          }
        : {
            to: paths.imageRepository(project, repository),
            label: t('images.missing.toRepository', { repository: named.repository }),
          };
  return (
    <Alert role="status" variant="light" color="gray">
      <Stack gap="xs" align="flex-start">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t(`images.missing.${missing}`, named)}
        </Text>
        <Anchor component={Link} to={back.to} size="sm">
          {back.label}
        </Anchor>
      </Stack>
    </Alert>
  );
}

/** Which kind of thing Harbor's 404 says is not there; undefined for any other 404 (a path it does not serve). */
const notFoundKind = (message: string) =>
  /^(project|repository|artifact) \S.* not found$/i.exec(message.trim())?.[1]?.toLowerCase();

/**
 * A failed Harbor read, with what a 401 or 403 means there: Harbor shows a private project only to members it
 * recognises, and answers anyone else with 401 when it does not know them (anonymous, or a token it does not
 * take; never an expired sign-in, see the HTTP client), 403 when it does but they are no member
 * (RequireProjectAccess). A 404 is something the address names that the registry does not have.
 */
export function HarborError({
  error,
  onRetry,
  place,
}: {
  error: unknown;
  onRetry: () => void;
  place: HarborPlace;
}) {
  const { t } = useTranslation();
  const anonymous = useIsAnonymousToHarbor();
  const said = isApiError(error) && error.status === 404 ? notFoundKind(error.message) : undefined;
  if (said) return <NotInRegistry said={said} place={place} />;
  if (isApiError(error) && (error.status === 401 || error.status === 403)) {
    // a refusal, not a failure: said once, with the way to what the user may see. Only a sign-in Harbor did
    // not recognise can change by itself (once the user signs in on the registry's site), so only it retries.
    const unrecognised = error.status === 401 && !anonymous;
    return (
      <Alert role="note" variant="light" color="blue">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            {t(
              error.status === 403
                ? 'images.notMember'
                : anonymous
                  ? 'images.privateProject'
                  : 'images.notRecognised',
            )}
          </Text>
          <Group gap="md">
            <Anchor component={Link} to={paths.images()} size="sm">
              {t('images.missing.toProjects')}
            </Anchor>
            {unrecognised && (
              <Button size="compact-sm" variant="default" onClick={onRetry}>
                {t('errors.retry')}
              </Button>
            )}
          </Group>
        </Stack>
      </Alert>
    );
  }
  return <ErrorAlert error={error} onRetry={onRetry} />;
}
