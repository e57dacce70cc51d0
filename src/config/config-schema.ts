import { z } from 'zod';

const servicePath = z.string().min(1);

const oidcSchema = z.strictObject({
  authority: z.url(),
  clientId: z.string().min(1),
  scope: z.string().min(1).default('openid profile email offline_access'),
});

const authSchema = z
  .strictObject({
    mode: z.enum(['cadc', 'oidc', 'mock']).default('cadc'),
    oidc: oidcSchema.optional(),
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

/** The runtime configuration (`config.json`); every key optional, defaults as in docs/deployment.md. */
export const portalConfigSchema = z
  .strictObject({
    mocks: z.boolean().default(false),
    services: z
      .strictObject({
        skaha: servicePath.default('/skaha'),
        storage: servicePath.default('/arc'),
        ac: servicePath.default('/ac'),
        harbor: servicePath.default('/harbor'),
        usage: servicePath.default('/prometheus'),
      })
      .prefault({}),
    storage: z
      .strictObject({
        vosAuthority: z.string().min(1).default('cadc.nrc.ca~arc'),
        roots: z
          .array(z.enum(['home', 'projects']))
          .min(1)
          .default(['home', 'projects']),
      })
      .prefault({}),
    auth: authSchema.prefault({}),
    usage: z.strictObject({ scrapeIntervalSeconds: z.number().int().positive().default(30) }).prefault({}),
    features: z
      .strictObject({
        gpu: z.boolean().default(true),
        usage: z.boolean().default(true),
        storage: z.boolean().default(true),
        images: z.boolean().default(true),
      })
      .prefault({}),
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
