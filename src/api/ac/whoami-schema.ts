import { z } from 'zod';

// CADC ac answers JSON converted from XML: scalars wrapped as {"$": value}, attributes as "@name".
const wrapped = <T extends z.ZodType>(inner: T) => z.object({ $: inner });
const text = wrapped(z.union([z.string(), z.number()]).transform(String));

const identitySchema = z.object({
  identity: z.object({ '@type': z.string(), $: z.union([z.string(), z.number()]).transform(String) }),
});

const userSchema = z.object({
  identities: z.object({ $: z.array(identitySchema) }).optional(),
  personalDetails: z
    .object({
      firstName: text.optional(),
      lastName: text.optional(),
      email: text.optional(),
      institute: text.optional(),
    })
    .optional(),
  posixDetails: z.object({ username: text.optional() }).optional(),
});

export interface WhoAmI {
  username: string;
  firstName?: string | undefined;
  lastName?: string | undefined;
  email?: string | undefined;
  institute?: string | undefined;
}

/** `{ac}/whoami`, with or without the outer `user` wrapper; the user name is the POSIX one, else HTTP. */
export const whoamiSchema = z
  .union([z.object({ user: userSchema }).transform((value) => value.user), userSchema])
  .transform((user, ctx): WhoAmI => {
    const identities = user.identities?.$ ?? [];
    const httpIdentity = identities.find((entry) => entry.identity['@type'] === 'HTTP')?.identity.$;
    const username = user.posixDetails?.username?.$ ?? httpIdentity;
    if (!username) {
      ctx.issues.push({ code: 'custom', message: 'no user name in whoami', input: user });
      return z.NEVER;
    }
    const details = user.personalDetails;
    return {
      username,
      firstName: details?.firstName?.$,
      lastName: details?.lastName?.$,
      email: details?.email?.$,
      institute: details?.institute?.$,
    };
  });
