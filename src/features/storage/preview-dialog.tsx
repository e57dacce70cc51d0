import { Loader, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { fileHeadQueryOptions } from '@/api/storage/file-queries';
import type { StorageEntry } from '@/api/storage/listing';
import { ErrorAlert } from '@/components/error-alert';
import { FITS_BLOCK, parseFitsHeader } from './fits-header';
import { formatBytes } from '@/lib/format-bytes';
import { ImagePreview } from './image-preview';
import { parseCsv, previewKind, type PreviewKind } from './preview-kind';
import classes from './storage.module.css';
import { nameInSentence } from '@/lib/names';

const TEXT_BYTES = 1024 * 1024;
/** Ten blocks: 360 cards, more than almost any primary header. */
const FITS_BYTES = 10 * FITS_BLOCK;
const IMAGE_MAX_BYTES = 20 * 1024 * 1024;
const CSV_ROWS = 200;

const bytesFor = (kind: PreviewKind) =>
  kind === 'fits' ? FITS_BYTES : kind === 'image' ? IMAGE_MAX_BYTES : TEXT_BYTES;

/** A look inside a file without downloading it: text and CSV, images, a FITS primary header. */
export function PreviewDialog({ entry, onClose }: { entry: StorageEntry; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const kind = previewKind(entry);
  const tooLarge = kind === 'image' && (entry.size ?? 0) > IMAGE_MAX_BYTES;
  // cavern lists a file the user may not read, but refuses its bytes (files GetAction): say why, ask nothing.
  const noAccess = entry.readable === false;
  const shown = kind !== 'none' && !tooLarge && !noAccess;
  const head = useQuery({
    ...fileHeadQueryOptions(api, entry.path, bytesFor(kind)),
    enabled: shown,
  });
  const size = formatBytes(bytesFor(kind), i18n.language);

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('storage.preview.title', { name: nameInSentence(entry.name) })}
      closeButtonProps={{ 'aria-label': t('storage.actions.close') }}
    >
      <Stack gap="sm">
        <Details entry={entry} />
        {noAccess ? (
          <Text>{t('storage.noAccess.file')}</Text>
        ) : (
          kind === 'none' && <Text>{t('storage.preview.none')}</Text>
        )}
        {tooLarge && !noAccess && (
          <Text>{t('storage.preview.tooLarge', { size: formatBytes(entry.size ?? 0, i18n.language) })}</Text>
        )}
        {head.isPending && shown && (
          <Stack align="center" aria-busy="true">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{t('storage.preview.loading')}</Text>
          </Stack>
        )}
        {head.isError && <ErrorAlert error={head.error} onRetry={() => void head.refetch()} />}
        {head.data && kind === 'fits' && <FitsTable bytes={head.data.bytes} />}
        {head.data && kind === 'image' && <ImagePreview bytes={head.data.bytes} name={entry.name} />}
        {head.data && (kind === 'text' || kind === 'csv') && (
          <TextPreview
            bytes={head.data.bytes}
            csv={kind === 'csv'}
            truncated={(head.data.size ?? 0) > head.data.bytes.length}
            limit={size}
          />
        )}
      </Stack>
    </Modal>
  );
}

function Details({ entry }: { entry: StorageEntry }) {
  const { t, i18n } = useTranslation();
  const rows: [string, string][] = [[t('storage.grid.size'), formatBytes(entry.size ?? 0, i18n.language)]];
  if (entry.contentType) rows.push([t('storage.preview.contentType'), entry.contentType]);
  if (entry.md5) rows.push([t('storage.preview.md5'), entry.md5]);
  return (
    <Table variant="vertical" withTableBorder aria-label={t('storage.preview.details')}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={140}>{label}</Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function FitsTable({ bytes }: { bytes: Uint8Array }) {
  const { t } = useTranslation();
  const header = useMemo(() => parseFitsHeader(bytes), [bytes]);
  if (!header) return <Text>{t('storage.preview.fitsInvalid')}</Text>;
  return (
    <ScrollArea.Autosize mah="60vh" type="auto" viewportProps={{ tabIndex: 0 }}>
      <Table striped withTableBorder stickyHeader>
        <Table.Caption>{t('storage.preview.fitsTitle')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('storage.preview.fitsKeyword')}</Table.Th>
            <Table.Th>{t('storage.preview.fitsValue')}</Table.Th>
            <Table.Th>{t('storage.preview.fitsComment')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {header.cards.map((card, index) => (
            <Table.Tr key={index}>
              <Table.Td className={classes.mono}>{card.keyword}</Table.Td>
              <Table.Td className={classes.mono}>{card.value}</Table.Td>
              <Table.Td>{card.comment}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

function TextPreview(props: { bytes: Uint8Array; csv: boolean; truncated: boolean; limit: string }) {
  const { t } = useTranslation();
  const text = useMemo(() => new TextDecoder('utf-8').decode(props.bytes), [props.bytes]);
  const rows = useMemo(
    () => (props.csv ? parseCsv(text, CSV_ROWS, props.truncated) : []),
    [text, props.csv, props.truncated],
  );
  return (
    <Stack gap="xs">
      {props.truncated && (
        <Text size="sm" c="dimmed">
          {t('storage.preview.truncated', { size: props.limit })}
        </Text>
      )}
      <ScrollArea.Autosize mah="60vh" type="auto" viewportProps={{ tabIndex: 0 }}>
        {props.csv ? (
          <Table striped withTableBorder withColumnBorders>
            <Table.Thead>
              <Table.Tr>
                {(rows[0] ?? []).map((cell, index) => (
                  <Table.Th key={index}>{cell}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(1).map((row, rowIndex) => (
                <Table.Tr key={rowIndex}>
                  {row.map((cell, index) => (
                    <Table.Td key={index}>{cell}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <pre className={classes.mono} tabIndex={0} style={{ margin: 0 }}>
            {text}
          </pre>
        )}
      </ScrollArea.Autosize>
    </Stack>
  );
}
