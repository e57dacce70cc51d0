import type { Account } from './accounts';

const wrap = <T>(value: T) => ({ $: value });

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);

const detailKeys = ['firstName', 'lastName', 'email', 'institute'] as const;

/**
 * The account's identities by ac's `idType` (cadc-util IdentityType, lower case as AuthenticationUtil
 * .getPrincipalType writes it): what `{ac}/users/<name>?idType=<type>` names the user by.
 */
export function accountIdentities(account: Account): Readonly<Record<string, string>> {
  return { http: account.username, cadc: String(account.uid), posix: String(account.uid) };
}

/**
 * `GET {ac}/users/<name>` with `Accept: application/json` (where `{ac}/whoami` redirects): ac's JsonUserWriter,
 * CADC's XML user document converted to JSON ("$" values, "@" attributes, `identities` a list).
 */
export function userDocument(account: Account): unknown {
  const personalDetails = Object.fromEntries(
    detailKeys.flatMap((key) => {
      const value = account[key];
      return value === undefined ? [] : [[key, wrap(value)]];
    }),
  );
  return {
    user: {
      internalID: { uri: wrap(`ivo://cadc.nrc.ca/user?${account.internalId}`) },
      identities: wrap([
        { identity: { '@type': 'HTTP', $: account.username } },
        { identity: { '@type': 'CADC', $: String(account.uid) } },
        { identity: { '@type': 'POSIX', $: account.uid } },
      ]),
      ...(Object.keys(personalDetails).length > 0 ? { personalDetails } : {}),
      posixDetails: {
        username: wrap(account.username),
        uid: wrap(account.uid),
        gid: wrap(account.uid),
        homeDirectory: wrap(`/home/${account.username}`),
      },
    },
  };
}

/** The same user as ac's default `text/xml` (UserWriter, AbstractReaderWriter.getElement(User)). */
export function userXml(account: Account): string {
  const details = detailKeys
    .flatMap((key) => {
      const value = account[key];
      return value === undefined ? [] : [`    <${key}>${escapeXml(value)}</${key}>\n`];
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<user>\n' +
    `  <internalID>\n    <uri>ivo://cadc.nrc.ca/user?${escapeXml(account.internalId)}</uri>\n  </internalID>\n` +
    '  <identities>\n' +
    `    <identity type="HTTP">${escapeXml(account.username)}</identity>\n` +
    `    <identity type="CADC">${account.uid}</identity>\n` +
    `    <identity type="POSIX">${account.uid}</identity>\n` +
    '  </identities>\n' +
    (details === '' ? '' : `  <personalDetails>\n${details}  </personalDetails>\n`) +
    '  <posixDetails>\n' +
    `    <username>${escapeXml(account.username)}</username>\n` +
    `    <uid>${account.uid}</uid>\n    <gid>${account.uid}</gid>\n` +
    `    <homeDirectory>/home/${escapeXml(account.username)}</homeDirectory>\n` +
    '  </posixDetails>\n' +
    '</user>\n'
  );
}
