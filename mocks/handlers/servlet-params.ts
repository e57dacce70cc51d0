const FORM = 'application/x-www-form-urlencoded';
const [AMPERSAND, EQUALS, PLUS, PERCENT, SPACE] = [0x26, 0x3d, 0x2b, 0x25, 0x20];

/** The media type as cadc-rest's SyncInput compares it: everything before the first `;`, whole. */
function mediaType(contentType: string): string {
  const end = contentType.indexOf(';');
  return end > 0 ? contentType.slice(0, end) : contentType;
}

/**
 * Whether Tomcat reads the body as UTF-8: only when the Content-Type says so. Without a charset (and skaha's
 * web.xml sets no request-character-encoding), Tomcat's default body charset is ISO-8859-1
 * (`org.apache.coyote.Constants.DEFAULT_BODY_CHARSET`).
 */
const isUtf8 = (contentType: string) => /;\s*charset\s*=\s*"?utf-?8"?\s*(;|$)/i.test(contentType);

/** `+` and `%XX` decoded to bytes, then to text in the body's charset; undefined for a broken escape. */
function decode(bytes: Uint8Array, utf8: boolean): string | undefined {
  const out: number[] = [];
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte === PLUS) out.push(SPACE);
    else if (byte === PERCENT) {
      const hex = String.fromCharCode(bytes[index + 1] ?? 0, bytes[index + 2] ?? 0);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return undefined;
      out.push(parseInt(hex, 16));
      index += 2;
    } else out.push(byte);
  }
  return utf8
    ? new TextDecoder().decode(Uint8Array.from(out))
    : out.map((code) => String.fromCharCode(code)).join('');
}

/**
 * Tomcat's `Parameters.processParameters`: a pair without `=` has an empty value; a nameless or broken one is
 * dropped.
 */
function bodyParams(body: Uint8Array, utf8: boolean): [string, string][] {
  const pairs: [string, string][] = [];
  for (let start = 0; start <= body.length;) {
    const next = body.indexOf(AMPERSAND, start);
    const end = next < 0 ? body.length : next;
    const pair = body.subarray(start, end);
    const equals = pair.indexOf(EQUALS);
    const name = decode(equals === -1 ? pair : pair.subarray(0, equals), utf8);
    const value = equals === -1 ? '' : decode(pair.subarray(equals + 1), utf8);
    if (name !== undefined && name !== '' && value !== undefined) pairs.push([name, value]);
    start = end + 1;
  }
  return pairs;
}

/**
 * Request parameters as a cadc-rest service on Tomcat sees them (SyncInput.init). GET, HEAD and DELETE: the
 * query string. Any other method: only with a form-encoded media type, the query string (in UTF-8, Tomcat's
 * URIEncoding) then, for a POST (Tomcat's parseBodyMethods), the body in its charset, ISO-8859-1 unless it
 * says otherwise; with another media type none at all, the body being taken for content.
 */
export async function readServletParams(request: Request): Promise<URLSearchParams> {
  const params = new URLSearchParams(new URL(request.url).search);
  if (['GET', 'HEAD', 'DELETE'].includes(request.method)) return params;
  const contentType = request.headers.get('content-type') ?? '';
  if (mediaType(contentType).toLowerCase() !== FORM) return new URLSearchParams();
  if (request.method !== 'POST') return params;
  const body = new Uint8Array(await request.arrayBuffer());
  for (const [name, value] of bodyParams(body, isUtf8(contentType))) params.append(name, value);
  return params;
}
