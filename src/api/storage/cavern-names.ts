import { ApiError } from '../http/api-error';

/**
 * Names cavern cannot address. cavern reads a node's path from the request's decoded path and parses
 * `vos://<authority>/<path>` with `new java.net.URI(String)` (NodeAction.getTargetURI, FileAction.parsePath,
 * CavernURLGenerator), so a character that URI syntax does not allow in a path makes every call on the node fail
 * (500 "BUG: VOSURI syntax"), `#` and `?` end the path early (a delete of `run#2` would delete `run`), and `%`
 * is read as an escape a second time. Listings still name such nodes (their URIs are escaped on the way out):
 * files made in a session, such as JupyterLab's "Untitled Folder".
 *
 * java.net.URI allows in a path: letters, digits, `-_.!~*'()`, `;:@&=+$,`, and any character above U+0080 that
 * is neither a space separator nor a control character.
 */
const ALLOWED_ASCII = /^[A-Za-z0-9\-_.!~*'();:@&=+$,]$/;
const UNICODE_SPACE_OR_CONTROL = /^[\p{Zs}\p{Zl}\p{Zp}\p{Cc}]$/u;

function isAllowed(character: string): boolean {
  if ((character.codePointAt(0) ?? 0) < 0x80) return ALLOWED_ASCII.test(character);
  return !UNICODE_SPACE_OR_CONTROL.test(character);
}

/** The distinct characters of `name` cavern cannot address, in their order in the name; empty when none. */
export function unaddressableCharacters(name: string): string[] {
  const found: string[] = [];
  for (const character of name) {
    if (!isAllowed(character) && !found.includes(character)) found.push(character);
  }
  return found;
}

/**
 * A call the portal did not send: cavern cannot address this node by its name (see above). It names the node
 * and the characters, so the page can say what to rename.
 */
export class UnaddressableNameError extends ApiError {
  constructor(
    /** The segment of the path that cavern cannot address. */
    readonly nodeName: string,
    readonly characters: readonly string[],
  ) {
    super({
      service: 'storage',
      kind: 'refused',
      status: 0,
      message: `not sent: cavern cannot address the name "${nodeName}" (${characters.join(' ')})`,
      refusedName: { name: nodeName, characters },
    });
    this.name = 'UnaddressableNameError';
  }
}

export function isUnaddressableName(error: unknown): error is UnaddressableNameError {
  return error instanceof UnaddressableNameError;
}

/** Throws UnaddressableNameError for the first segment of `segments` that cavern cannot address. */
export function assertAddressable(segments: readonly string[]): void {
  for (const segment of segments) {
    const characters = unaddressableCharacters(segment);
    if (characters.length > 0) throw new UnaddressableNameError(segment, characters);
  }
}

/** Whether every segment of a decoded path is a name cavern can address. */
export const isAddressablePath = (path: string) =>
  path.split('/').every((segment) => unaddressableCharacters(segment).length === 0);
