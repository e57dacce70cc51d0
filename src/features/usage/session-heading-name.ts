/**
 * A Kubernetes label value, as the `canfar.net/name` label that carries a session's name is: at most 63
 * letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit.
 */
const LABEL_VALUE = /^[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;

/**
 * What a session's usage page calls it. The usage service knows a session by its ID alone, so its name comes
 * from the link (`?name=`), which anyone can write: taken only when it could be a session's name, so a link
 * cannot put a sentence of its own ("Session expired…") or an override character into the heading.
 */
export const sessionHeadingName = (linkName: string | null, id: string) =>
  linkName !== null && LABEL_VALUE.test(linkName) ? linkName : id;
