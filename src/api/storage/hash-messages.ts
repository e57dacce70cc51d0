/** What the page sends the MD5 worker: the file to hash, then, for a paced hash, how far it may read. */
export interface HashRequest {
  file: Blob;
  paced: boolean;
}

export interface HashAllowance {
  allowBytes: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export const isHashRequest = (value: unknown): value is HashRequest =>
  isRecord(value) && value.file instanceof Blob && typeof value.paced === 'boolean';

export const isHashAllowance = (value: unknown): value is HashAllowance =>
  isRecord(value) && typeof value.allowBytes === 'number';
