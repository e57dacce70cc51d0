import type { Account } from './accounts';

const wrap = <T>(value: T) => ({ $: value });

/** `{ac}/whoami` JSON: CADC's XML user document converted to JSON ("$" values, "@" attributes). */
export function whoamiDocument(account: Account): unknown {
  const personalDetails = Object.fromEntries(
    (['firstName', 'lastName', 'email', 'institute'] as const).flatMap((key) => {
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
