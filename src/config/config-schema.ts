// zod/mini: the same validation as classic zod at a fraction of the size, in the bundle every route loads.
import * as z from 'zod/mini';
import { announcementSchema } from './announcement-schema';
import { isServiceUrl, SERVICE_URL_RULE } from './url-rules';
import { linksSchema } from './links-schema';

const text = z.string().check(z.minLength(1));
const flag = (value: boolean) => z._default(z.boolean(), value);
// Where the portal sends tokens and follows links: never plain http to another machine, never another scheme.
const serviceUrl = text.check(z.refine((value) => value === '' || isServiceUrl(value), SERVICE_URL_RULE));

const oidcSchema = z.strictObject({
  authority: serviceUrl,
  clientId: text,
  scope: z._default(text, 'openid profile email offline_access'),
});

/** The site's own sign-in and sign-out pages (canfar.net's `/access/login`, `/access/logout`), which set and clear CADC_SSO. */
const cadcSchema = z.strictObject({
  loginUrl: z.optional(serviceUrl),
  logoutUrl: z.optional(serviceUrl),
});

const authSchema = z
  .strictObject({
    mode: z._default(z.enum(['cadc', 'oidc', 'mock']), 'cadc'),
    oidc: z.optional(oidcSchema),
    cadc: z.optional(cadcSchema),
  })
  .check((ctx) => {
    if (ctx.value.mode === 'oidc' && !ctx.value.oidc) {
      ctx.issues.push({
        code: 'custom',
        path: ['oidc'],
        message: 'is required when auth.mode is "oidc"',
        input: ctx.value,
      });
    }
  });

/** The runtime configuration (`config.json`); every key optional, defaults as in the README. */
export const portalConfigSchema = z
  .strictObject({
    mocks: flag(false),
    services: z.prefault(
      z.strictObject({
        skaha: z._default(serviceUrl, '/skaha'),
        storage: z._default(serviceUrl, '/arc'),
        ac: z._default(serviceUrl, '/ac'),
        harbor: z._default(serviceUrl, '/harbor'),
        usage: z._default(serviceUrl, '/prometheus'),
      }),
      {},
    ),
    storage: z.prefault(
      z.strictObject({
        vosAuthority: z._default(text, 'cadc.nrc.ca~arc'),
        roots: z._default(z.array(z.enum(['home', 'projects'])).check(z.minLength(1)), ['home', 'projects']),
      }),
      {},
    ),
    auth: z.prefault(authSchema, {}),
    usage: z.prefault(
      z.strictObject({
        scrapeIntervalSeconds: z._default(z.int().check(z.positive()), 30),
        // The series of deploy/prometheus/science-portal-rules.yaml: "auto" asks the service's /api/v1/rules.
        recordingRules: z._default(z.union([z.literal('auto'), z.boolean()]), 'auto'),
      }),
      {},
    ),
    features: z.prefault(
      z.strictObject({ gpu: flag(true), usage: flag(true), storage: flag(true), images: flag(true) }),
      {},
    ),
    announcement: z.optional(announcementSchema),
    links: z.optional(linksSchema),
  })
  .check((ctx) => {
    if (ctx.value.auth.mode === 'mock' && !ctx.value.mocks) {
      ctx.issues.push({
        code: 'custom',
        path: ['auth', 'mode'],
        message: '"mock" sign-in needs "mocks": true (it signs in to the fake platform)',
        input: ctx.value,
      });
    }
  });

export type PortalConfig = z.infer<typeof portalConfigSchema>;
export type ServiceName = keyof PortalConfig['services'];
export type FeatureName = keyof PortalConfig['features'];
