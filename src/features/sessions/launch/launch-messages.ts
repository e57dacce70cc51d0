import { isApiError } from '@/api/http/api-error';

/** skaha's refusals a person can act on, by what the form should tell them to do. */
export type KnownLaunchMessage =
  | { key: 'registryAuth' }
  | { key: 'registryFormat' }
  | { key: 'limit'; max: number }
  | { key: 'notAuthorized' }
  | { key: 'untrustedImage' }
  | { key: 'resource'; what: 'cores' | 'ram' | 'gpus' }
  | { key: 'name' }
  | { key: 'imageRequired' };

/**
 * skaha's own texts (skaha PostAction, SkahaAction, GroupURISessionAuthorizer; platform-api.md §1.6, §1.12,
 * §10.2), matched loosely: the service's spacing and punctuation have changed between versions.
 */
const RULES: readonly {
  pattern: RegExp;
  status?: number;
  known: (match: RegExpExecArray) => KnownLaunchMessage;
}[] = [
  { pattern: /x-skaha-registry-auth/i, known: () => ({ key: 'registryAuth' }) },
  // ImageRepositoryAuth.fromEncoded, on credentials that do not split into a user name and a secret
  {
    pattern: /in form of username:secret|^username is required|^secret value cannot be empty/i,
    known: () => ({ key: 'registryFormat' }),
  },
  {
    pattern: /has reached the maximum of\s+(\d+)\s+active sessions/i,
    known: (match) => ({ key: 'limit', max: Number(match[1]) }),
  },
  {
    pattern: /not authorized to use the skaha system/i,
    status: 403,
    known: () => ({ key: 'notAuthorized' }),
  },
  {
    pattern: /must come from one of|not in a trusted repository/i,
    known: () => ({ key: 'untrustedImage' }),
  },
  {
    pattern: /(?:invalid value|unavailable option) for '(cores|ram|gpus)'/i,
    known: (match) => {
      const what = match[1]?.toLowerCase();
      return { key: 'resource', what: what === 'ram' ? 'ram' : what === 'gpus' ? 'gpus' : 'cores' };
    },
  },
  {
    pattern: /name can only contain|name must have a value|missing parameter 'name'|canfar\.net\/name label/i,
    known: () => ({ key: 'name' }),
  },
  { pattern: /image is required|missing parameter 'image'/i, known: () => ({ key: 'imageRequired' }) },
];

/** The known meaning of a refused launch, or undefined to show the service's words as they are. */
export function knownLaunchMessage(error: unknown): KnownLaunchMessage | undefined {
  if (!isApiError(error) || error.kind !== 'http' || error.service !== 'skaha') return undefined;
  for (const rule of RULES) {
    if (rule.status !== undefined && rule.status !== error.status) continue;
    const match = rule.pattern.exec(error.message);
    if (match) return rule.known(match);
  }
  return undefined;
}
