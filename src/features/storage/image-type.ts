/** The image types a preview shows, each recognised by its bytes' signature. */
export type PreviewImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

/** A signature: bytes at given offsets (RIFF's size field, bytes 4–7 of WebP, is skipped). */
const SIGNATURES: readonly { type: PreviewImageType; parts: readonly [number, readonly number[]][] }[] = [
  { type: 'image/png', parts: [[0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]]] },
  { type: 'image/jpeg', parts: [[0, [0xff, 0xd8, 0xff]]] },
  // GIF87a, GIF89a
  {
    type: 'image/gif',
    parts: [
      [0, [0x47, 0x49, 0x46, 0x38]],
      [5, [0x61]],
    ],
  },
  // RIFF….WEBP
  {
    type: 'image/webp',
    parts: [
      [0, [0x52, 0x49, 0x46, 0x46]],
      [8, [0x57, 0x45, 0x42, 0x50]],
    ],
  },
];

/**
 * The type of an image from its first bytes, or undefined for anything else. A preview never takes the
 * type from the server's Content-Type, which is whatever the uploader said: an "x.png" stored as
 * image/svg+xml must not become an SVG document (with scripts) on the portal's origin.
 */
export function sniffImageType(bytes: Uint8Array): PreviewImageType | undefined {
  const matches = (offset: number, expected: readonly number[]) =>
    expected.every((byte, index) => bytes[offset + index] === byte);
  const gifVersion = bytes[4];
  return SIGNATURES.find(
    ({ type, parts }) =>
      parts.every(([offset, expected]) => matches(offset, expected)) &&
      (type !== 'image/gif' || gifVersion === 0x37 || gifVersion === 0x39),
  )?.type;
}
