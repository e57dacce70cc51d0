import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, toCsv } from './csv';

export interface Column<Row> {
  header: string;
  /** The raw value, written to the CSV as is. */
  value: (row: Row) => string | number | undefined;
  /** What the table shows; the raw value when absent. */
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
  /** Kept on one line (names and IDs): the table scrolls sideways instead. */
  noWrap?: boolean;
}

interface DataSectionProps<Row> {
  title: string;
  /** The CSV file's name, without extension. */
  fileName: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Drawn above the table; the table carries the same values for anyone who cannot see it. */
  chart?: ReactNode;
  caption?: string;
  footer?: ReactNode;
}

const LONG_TABLE = 12;

/** A chart, the table of its values and a CSV export of them. */
export function DataSection<Row>({
  title,
  fileName,
  columns,
  rows,
  rowKey,
  chart,
  caption,
  footer,
}: DataSectionProps<Row>) {
  const { t } = useTranslation();
  const captionId = useId();
  function handleDownload() {
    const csv = toCsv(
      columns.map((column) => column.header),
      rows.map((row) => columns.map((column) => column.value(row))),
    );
    downloadCsv(`${fileName}.csv`, csv);
  }
  return (
    <Paper component="section" withBorder p="md" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h4">
            {title}
          </Title>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconDownload size={14} aria-hidden />}
            onClick={handleDownload}
            disabled={rows.length === 0}
            aria-label={t('usage.chart.csvLabel', { title })}
          >
            {t('usage.chart.csv')}
          </Button>
        </Group>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('usage.chart.empty')}</Text>
        ) : (
          <>
            {chart && (
              <div role="img" aria-label={t('usage.chart.described', { title })}>
                {/* the picture alone: recharts names its legend's swatches itself, in English ("CARTA legend
                    icon"), and the table below says all the chart does */}
                <div aria-hidden>{chart}</div>
              </div>
            )}
            {/* The caption shown above the table's box: inside it, a table wider than a phone's screen would
                centre it out of view. It names the table and is hidden otherwise, so a screen reader reads it
                once, with the table, rather than as a line of text and again as a <caption>. */}
            {caption && (
              <Text size="sm" c="dimmed" id={captionId} aria-hidden>
                {caption}
              </Text>
            )}
            {/* focusable so the table can be scrolled sideways from the keyboard on a narrow screen */}
            <Table.ScrollContainer
              minWidth={320}
              // a year has 52 bars: long tables scroll in their box, under a header that stays
              maxHeight={rows.length > LONG_TABLE ? 380 : undefined}
              type="native"
              tabIndex={0}
              role="region"
              aria-label={t('usage.chart.table', { title })}
            >
              <Table
                striped
                highlightOnHover
                stickyHeader={rows.length > LONG_TABLE}
                aria-labelledby={caption ? captionId : undefined}
              >
                <Table.Thead>
                  <Table.Tr>
                    {columns.map((column) => (
                      <Table.Th key={column.header} scope="col" ta={column.numeric ? 'right' : undefined}>
                        {column.header}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={rowKey(row)}>
                      {columns.map((column) => (
                        <Table.Td
                          key={column.header}
                          ta={column.numeric ? 'right' : undefined}
                          // words break only when one alone is wider than the table ("Notebook", not "Noteboo k")
                          style={
                            column.numeric || column.noWrap
                              ? { whiteSpace: 'nowrap' }
                              : { overflowWrap: 'break-word', hyphens: 'manual' }
                          }
                        >
                          {column.render ? column.render(row) : column.value(row)}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
        {footer}
      </Stack>
    </Paper>
  );
}
