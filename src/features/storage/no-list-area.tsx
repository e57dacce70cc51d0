import { Anchor, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageEntry } from '@/api/storage/listing';
import { listingProgressKey } from '@/api/storage/listing-progress';
import type { ResolvedListing } from '@/api/storage/listing-queries';
import { useConfig } from '@/config/config-context';
import type { FolderAccess } from './folder-access';
import { ListingError, NoAccessAlert } from './listing-error';
import { ListingLoading } from './listing-loading';

interface NoListAreaProps {
  ref: Ref<HTMLDivElement>;
  path: string;
  listing: UseQueryResult<ResolvedListing>;
  access: Pick<FolderAccess, 'noAccess' | 'canWrite'>;
  /** The listing's rows, undefined until it is in (and where the folder may not be read). */
  entries: readonly StorageEntry[] | undefined;
  shown: number;
  filter: string;
  onViewChange: (change: { showHidden: boolean }) => void;
}

/**
 * What stands in place of the rows: the listing loading, why there are none (it failed, the folder may not be
 * read, is empty, or nothing matches or is shown).
 */
export function NoListArea({
  ref,
  path,
  listing,
  access,
  entries,
  shown,
  filter,
  onViewChange,
}: NoListAreaProps) {
  const { t } = useTranslation();
  const authority = useConfig().storage.vosAuthority;
  return (
    <>
      {listing.isPending && <ListingLoading progressKey={listingProgressKey(authority, path)} />}
      {/* Where focus lands on arrival when there is no list: the reason, read out. */}
      <div ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
        {listing.isError && (
          <ListingError path={path} error={listing.error} onRetry={() => void listing.refetch()} />
        )}
        {access.noAccess && <NoAccessAlert>{t('storage.noAccess.folder')}</NoAccessAlert>}
        {entries && shown === 0 && (
          <Text>
            {entries.length > 0 && filter ? (
              t('storage.noMatch', { filter })
            ) : entries.length > 0 ? (
              // nothing filtered, yet nothing shown: every entry is hidden (a dot file)
              <>
                {t('storage.onlyHidden', { count: entries.length })}{' '}
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => {
                    onViewChange({ showHidden: true });
                  }}
                >
                  {t('storage.showHidden')}
                </Anchor>
              </>
            ) : access.canWrite ? (
              t('storage.empty')
            ) : (
              t('storage.emptyReadOnly')
            )}
          </Text>
        )}
      </div>
    </>
  );
}
