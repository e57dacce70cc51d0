import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureNginx, renderTemplate, templateFile, templateVariableNames } from '../../scripts/nginx';
import { expect, test } from './support/fixtures';

// The container and Helm files cannot run here (no Docker daemon, no cluster): these checks keep them in
// step with the template that the other specs run through real nginx.

const template = readFileSync(templateFile, 'utf8');
const dockerfile = readFileSync('deploy/Dockerfile', 'utf8');
const deployment = readFileSync('deploy/helm/science-portal/templates/deployment.yaml', 'utf8');

/** The Dockerfile's `ENV NAME="value"` defaults (one instruction, continued over lines). */
function dockerDefaults(): Map<string, string> {
  const joined = dockerfile.replace(/\\\n\s*/g, ' ');
  const defaults = new Map<string, string>();
  for (const line of joined.split('\n').filter((text) => text.startsWith('ENV '))) {
    for (const [, name = '', value = ''] of line.matchAll(/([A-Z_]+)="([^"]*)"/g)) defaults.set(name, value);
  }
  return defaults;
}

test('every variable of the template has a default in the Dockerfile and passes its envsubst filter', () => {
  const names = templateVariableNames(template);
  expect(names).toEqual(
    expect.arrayContaining(['SKAHA_UPSTREAM', 'CAVERN_UPSTREAM', 'CSP_CONNECT_SRC_EXTRA']),
  );
  const defaults = dockerDefaults();
  const filter = new RegExp(defaults.get('NGINX_ENVSUBST_FILTER') ?? '^$');
  for (const name of names) {
    expect(defaults.has(name), `ENV ${name} in deploy/Dockerfile`).toBe(true);
    expect(name, 'NGINX_ENVSUBST_FILTER').toMatch(filter);
  }
  // envsubst also replaces unbraced $NAME: nginx's own variables must never look like one.
  expect(template.match(/\$[A-Z][A-Z0-9_]*/g) ?? []).toEqual([]);
});

test('the Helm deployment sets every variable but the image’s own document root', () => {
  const set = [...deployment.matchAll(/- name: ([A-Z_]+)/g)].map((match) => match[1]);
  expect(new Set(set)).toEqual(
    new Set(templateVariableNames(template).filter((name) => name !== 'PORTAL_ROOT')),
  );
});

test('the template with the Dockerfile’s defaults is a configuration nginx accepts', () => {
  const values = Object.fromEntries(dockerDefaults());
  const dir = mkdtempSync(join(tmpdir(), 'science-portal-nginx-t-'));
  mkdirSync(join(dir, 'temp'));
  // Only what cannot work on this machine changes: no DNS for canfar.net, no /usr/share/nginx/html.
  const local = {
    ...values,
    SKAHA_UPSTREAM: 'https://127.0.0.1:8443',
    CAVERN_UPSTREAM: 'https://127.0.0.1:8443',
    AC_UPSTREAM: 'https://127.0.0.1:8444',
    HARBOR_UPSTREAM: 'https://127.0.0.1:8445',
    PORTAL_ROOT: resolve('dist'),
    PORTAL_CONFIG_FILE: resolve('dist/config.json'),
    CSP_CONNECT_SRC_EXTRA: 'https://iam.example.org',
  };
  writeFileSync(join(dir, 'portal.conf'), renderTemplate(template, local));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `pid ${dir}/nginx.pid;\nevents {}\nhttp {\n  client_body_temp_path ${dir}/temp;\n  proxy_temp_path ${dir}/temp;\n  include ${dir}/portal.conf;\n}\n`,
  );
  const check = spawnSync(
    ensureNginx(),
    ['-t', '-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')],
    {
      encoding: 'utf8',
    },
  );
  expect(check.stderr).toContain('test is successful');
});

test('rendering refuses a template variable without a value', () => {
  expect(() => renderTemplate('proxy_pass ${SKAHA_UPSTREAM};', {})).toThrow(/SKAHA_UPSTREAM/);
  expect(renderTemplate('proxy_pass ${SKAHA_UPSTREAM}$uri;', { SKAHA_UPSTREAM: 'http://a' })).toBe(
    'proxy_pass http://a$uri;',
  );
});
