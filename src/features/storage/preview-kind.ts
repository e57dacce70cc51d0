import type { StorageEntry } from '@/api/storage/listing';

export type PreviewKind = 'fits' | 'image' | 'csv' | 'text' | 'none';

const TEXT_EXTENSIONS =
  /\.(txt|md|json|py|sh|log|ini|cfg|yaml|yml|xml|dat|tsv|ipynb|reg|toml|html|css|js|ts)$/i;

export function previewKind(entry: Pick<StorageEntry, 'name' | 'contentType' | 'kind'>): PreviewKind {
  if (entry.kind !== 'data') return 'none';
  const type = entry.contentType?.toLowerCase() ?? '';
  if (/\.(fits|fit|fts)$/i.test(entry.name) || type === 'application/fits' || type === 'image/fits')
    return 'fits';
  if (/\.(png|jpe?g|gif|webp)$/i.test(entry.name) || /^image\/(png|jpeg|gif|webp)$/.test(type))
    return 'image';
  if (/\.csv$/i.test(entry.name) || type === 'text/csv') return 'csv';
  if (TEXT_EXTENSIONS.test(entry.name) || entry.name.startsWith('.') || type.startsWith('text/'))
    return 'text';
  return 'none';
}

/** Rows of a CSV text (RFC 4180 quoting), at most `limit`; a last line cut by the byte limit is dropped. */
export function parseCsv(text: string, limit: number, truncated: boolean): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length && rows.length < limit; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text.charAt(index + 1) === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (!truncated && (field !== '' || row.length > 0) && rows.length < limit) rows.push([...row, field]);
  return rows;
}
