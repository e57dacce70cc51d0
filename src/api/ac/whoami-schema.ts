import * as z from 'zod/mini';

// CADC ac answers JSON converted from XML: scalars wrapped as {"$": value}, attributes as "@name".
const scalar = z.pipe(z.union([z.string(), z.number()]), z.transform(String));
const text = z.optional(z.object({ $: scalar }));

const identitySchema = z.object({
  identity: z.object({ '@type': z.string(), $: scalar }),
});

const userSchema = z.object({
  identities: z.optional(z.object({ $: z.array(identitySchema) })),
  personalDetails: z.optional(z.object({ firstName: text, lastName: text, email: text, institute: text })),
  posixDetails: z.optional(z.object({ username: text })),
});

export interface WhoAmI {
  username: string;
  firstName?: string | undefined;
  lastName?: string | undefined;
  email?: string | undefined;
  institute?: string | undefined;
}

/** `{ac}/whoami`, with or without the outer `user` wrapper; the user name is the POSIX one, else HTTP. */
export const whoamiSchema = z.pipe(
  z.union([
    z.pipe(
      z.object({ user: userSchema }),
      z.transform((value) => value.user),
    ),
    userSchema,
  ]),
  z.transform((user, ctx): WhoAmI => {
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
  }),
);
