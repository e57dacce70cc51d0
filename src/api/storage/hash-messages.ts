/** What the page sends the MD5 worker after the file itself: how far into it the hash may read. */
export interface HashAllowance {
  allowBytes: number;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export const isHashAllowance = (value: unknown): value is HashAllowance =>
  isRecord(value) && typeof value.allowBytes === 'number';
