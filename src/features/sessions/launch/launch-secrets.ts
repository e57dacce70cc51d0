/**
 * Which launch values must stay out of the address bar, links and storage: the URL ends up in the browser's
 * history, in shared links and in access logs, so a value that may be a secret lives in memory only (like the
 * registry secret).
 */

/** A variable whose name says it holds a secret (`API_TOKEN`, `DB_PASSWORD`, `AWS_SECRET_ACCESS_KEY`…). */
const SECRET_NAME = /TOKEN|SECRET|PASS|PASSWORD|PWD|KEY|CREDENTIAL|AUTH/i;

/** Prefixes of well-known token formats (GitHub, GitLab, Slack, OpenAI-style keys, AWS access key ids). */
const TOKEN_PREFIX = /^(gh[pousr]_|github_pat_|glpat-|xox[abpr]-|sk-|AKIA)[A-Za-z0-9_-]{8,}/;
const JWT = /^eyJ[\w-]+\.[\w-]+\.[\w-]*$/;
const HEX = /^[0-9a-f]{32,}$/i;
/** Base64 or base64url of 20 characters or more. */
const RANDOMISH = /^[A-Za-z0-9+/_-]{20,}={0,2}$/;

export const isSecretName = (key: string) => SECRET_NAME.test(key);

/**
 * A value that looks like a token: a JWT, a known token format, a long hex string, or a long run of
 * base64-like characters mixing upper case, lower case and digits (a path or a word does not).
 */
export function looksLikeToken(value: string): boolean {
  const text = value.trim();
  if (JWT.test(text) || TOKEN_PREFIX.test(text) || HEX.test(text)) return true;
  return (
    RANDOMISH.test(text) &&
    !text.startsWith('/') &&
    /[A-Z]/.test(text) &&
    /[a-z]/.test(text) &&
    /\d/.test(text)
  );
}

/**
 * Whether any word of a command line or a value looks like a token, taken without the quotes around it and
 * also without a `--token=`, `TOKEN=` or `token:` before it: `-t 'eyJ…'`, `TOKEN=eyJ…`, `Bearer eyJ…`.
 */
export function containsToken(text: string): boolean {
  return text.split(/\s+/).some((word) => {
    const bare = word.replace(/^['"]+|['"]+$/g, '');
    const named = /^-*[A-Za-z_][\w.-]*[=:](.+)$/.exec(bare)?.[1]?.replace(/^['"]+|['"]+$/g, '');
    return looksLikeToken(bare) || (named !== undefined && looksLikeToken(named));
  });
}

/** Detected by the portal, whatever the user chose (the user may mark more rows, never fewer). */
export const isDetectedSecret = (row: { key: string; value: string }) =>
  isSecretName(row.key) || (row.value !== '' && containsToken(row.value));

export const isSecretRow = (row: { key: string; value: string; secret: boolean }) =>
  row.secret || isDetectedSecret(row);

/** Arguments are secret when marked so, or when one of them looks like a token. */
export const areArgsSecret = (args: string, marked: boolean) => marked || containsToken(args);
