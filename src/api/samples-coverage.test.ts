import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whoamiSchema } from './ac/whoami-schema';
import { artifactListSchema } from './harbor/artifact-schemas';
import { parseEventsTable } from './skaha/events';
import { contextSchema, imageListSchema, platformStatsSchema } from './skaha/platform-schemas';
import { sessionListSchema } from './skaha/session-schemas';
import { parseTransferDocument } from './storage/transfer-xml';
import { parseNodeDocument } from './storage/vospace-xml';
import {
  instantQuerySchema,
  prometheusErrorSchema,
  rangeQuerySchema,
  rulesSchema,
} from './usage/prometheus-schemas';

const SAMPLES = join(import.meta.dirname, '../../docs/samples');

const json = (text: string): unknown => JSON.parse(text);
const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

/**
 * Each real-format sample and the reader the portal applies to that answer (its zod schema or parser). The
 * detailed tests beside each reader check what it makes of the sample; this one checks none is left unread.
 */
const READERS: Record<string, (text: string) => unknown> = {
  'ac-whoami.json': (text) => whoamiSchema.parse(json(text)),
  'harbor-v2-artifacts.json': (text) => artifactListSchema.parse(json(text)),
  'prometheus-error.json': (text) => prometheusErrorSchema.parse(json(text)),
  'prometheus-query-range-matrix.json': (text) => rangeQuerySchema.parse(json(text)),
  'prometheus-query-vector.json': (text) => instantQuerySchema.parse(json(text)),
  'prometheus-rules-record.json': (text) => rulesSchema.parse(json(text)),
  'skaha-v1-context.json': (text) => contextSchema.parse(json(text)),
  'skaha-v1-image-list.json': (text) => imageListSchema.parse(json(text)),
  'skaha-v1-session-events.txt': (text) => parseEventsTable(text),
  'skaha-v1-session-list.json': (text) => sessionListSchema.parse(json(text)),
  'skaha-v1-session-stats-legacy-pre-1.1.5.json': (text) => platformStatsSchema.parse(json(text)),
  'skaha-v1-session-stats.json': (text) => platformStatsSchema.parse(json(text)),
  'vospace-container-listing.xml': (text) => parseNodeDocument(xml(text)),
  'vospace-transfer-move.xml': (text) => parseTransferDocument(xml(text)),
  'vospace-transfer-upload-request.xml': (text) => parseTransferDocument(xml(text)),
};

describe('the real-format samples', () => {
  it('each have the reader the portal applies to that answer', () => {
    expect(readdirSync(SAMPLES).sort()).toEqual(Object.keys(READERS).sort());
  });

  it.each(Object.entries(READERS))('%s is read by the portal without a complaint', (name, reader) => {
    const read = reader(readFileSync(join(SAMPLES, name), 'utf8'));
    // A reader that makes nothing of a sample (an empty list, no events) would hide a format it lost.
    const size = Array.isArray(read)
      ? read.length
      : typeof read === 'object' && read !== null
        ? Object.keys(read).length
        : 0;
    expect(size).toBeGreaterThan(0);
  });
});
