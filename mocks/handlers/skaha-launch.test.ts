// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getPlatform, tokenFor } from '../node';
import { ORIGIN, call, getSession, launch, notebook, runAgainstFakePlatform } from '../test-helpers';

runAgainstFakePlatform();

const PRIVATE = 'images.canfar.net/survey-team/private-pipeline:1.0';
const registryAuth = (value: string) => ({
  headers: { 'x-skaha-registry-auth': Buffer.from(value).toString('base64') },
});
// SkahaAction.getRegistryAuth, two spaces after the first sentence included
const NO_REGISTRY_AUTH =
  'No authentication provided for unknown or private image.  Use x-skaha-registry-auth request header with base64Encode(username:secret).';

describe('POST /v1/session validation (PostAction messages, 400 text/plain)', () => {
  it.each([
    [{ name: 'a' }, "Missing parameter 'image'"],
    [
      { ...notebook, image: 'docker.io/library/python:3' },
      "session image 'docker.io/library/python:3' must come from one of [images.canfar.net]",
    ],
    [{ ...notebook, image: '' }, 'image is required'],
    [{ ...notebook, image: ' ' }, 'image is required'],
    // SessionType.fromApplicationStringType names the type as it was sent
    [{ ...notebook, type: 'jupyter' }, 'Invalid session type: jupyter'],
    [{ ...notebook, type: ' Jupyter ' }, 'Invalid session type:  Jupyter '],
    [{ ...notebook, type: 'desktop-app' }, 'Invalid session type: desktop-app'],
    [{ ...notebook, cores: '17' }, "Invalid value for 'cores': 17"],
    [{ ...notebook, cores: 'two' }, "Invalid value for 'cores': two"],
    [{ ...notebook, ram: '3' }, "Invalid value for 'ram': 3"],
    [{ ...notebook, gpus: '0' }, "Invalid value for 'gpus': 0"],
    [{ ...notebook, gpus: '1.5' }, "Invalid value for 'gpus': 1.5"],
    // Integer.parseInt takes no blanks around the number
    [{ ...notebook, gpus: ' 1' }, "Invalid value for 'gpus':  1"],
    [{ image: notebook.image, type: 'notebook' }, "Missing parameter 'name'"],
    // a blank name is as good as none (StringUtil.hasText)
    [{ ...notebook, name: '' }, "Missing parameter 'name'"],
    [{ ...notebook, name: '  ' }, "Missing parameter 'name'"],
    [{ ...notebook, name: 'my_notebook' }, "name can only contain alpha-numeric chars and '-'"],
    [{ ...notebook, name: 'my notebook' }, "name can only contain alpha-numeric chars and '-'"],
    [{ name: 'job', image: PRIVATE }, NO_REGISTRY_AUTH],
    [{ name: 'job', image: 'images.canfar.net/someone/unknown:1' }, NO_REGISTRY_AUTH],
    // the name becomes a label only once the job is built, after the registry credentials are read
    [{ name: '-job', image: PRIVATE }, NO_REGISTRY_AUTH],
    [{ ...notebook, name: '-abc' }, 'canfar.net/name label value cannot be blank'],
    [{ ...notebook, name: '---' }, 'canfar.net/name label value cannot be blank'],
  ])('%o → %s', async (form, message) => {
    const response = await launch(form);
    expect(response).toEqual({ status: 400, type: 'text/plain', text: `${message}\n` });
  });

  it('limits interactive sessions (Running + Pending, not headless) to maxInteractiveSessions', async () => {
    const max = Number(getPlatform().skaha.context.maxInteractiveSessions);
    // jdoe starts with a Running notebook, a Running carta and a Pending desktop
    for (let index = 3; index < max; index += 1)
      expect((await launch({ ...notebook, name: `nb${index}` })).status).toBe(200);
    const refused = await launch({ ...notebook, name: 'one-too-many' });
    expect(refused).toEqual({
      status: 400,
      type: 'text/plain',
      text: `User jdoe has reached the maximum of ${max} active sessions.\n`,
    });
    expect((await launch({ name: 'batch', image: 'images.canfar.net/skaha/astroml:26.03' })).status).toBe(
      200,
    );
  });

  it('reads no parameter at all, not even the query string, unless the body is form-encoded', async () => {
    const query = new URLSearchParams(notebook).toString();
    const json = await fetch(`${ORIGIN}/skaha/v1/session?${query}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokenFor('jdoe')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(notebook),
    });
    expect(await json.text()).toBe("Missing parameter 'image'\n");
    const canfarClientStyle = await fetch(`${ORIGIN}/skaha/v1/session?${query}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${tokenFor('jdoe')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
    });
    expect(canfarClientStyle.status).toBe(200);
  });
});

describe('a form body’s characters (Tomcat’s body charset)', () => {
  const job = { name: 'job', image: 'images.canfar.net/skaha/astroml:26.03', cmd: 'env' };
  const sent = async (contentType: string, env: string) => {
    const response = await fetch(`${ORIGIN}/skaha/v1/session`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokenFor('jdoe')}`, 'Content-Type': contentType },
      body: new URLSearchParams({ ...job, env }),
    });
    const id = (await response.text()).trim();
    return getPlatform().skaha.sessions.find((record) => record.id === id)?.command?.env;
  };

  it('reads the body as UTF-8 only when its Content-Type says so, else as ISO-8859-1', async () => {
    expect(await sent('application/x-www-form-urlencoded;charset=UTF-8', 'FIELD=Céphée–Nord')).toEqual([
      'FIELD=Céphée–Nord',
    ]);
    expect(await sent('application/x-www-form-urlencoded; charset="utf-8"', 'FIELD=é')).toEqual(['FIELD=é']);
    // each byte of the UTF-8 a browser sends is taken for a character
    expect(await sent('application/x-www-form-urlencoded', 'FIELD=é')).toEqual(['FIELD=\u00c3\u00a9']);
  });
});

describe('POST /v1/session success', () => {
  it('answers the new 8-character id as text/plain with a newline', async () => {
    const response = await launch({ ...notebook, name: 'My-Notebook' });
    expect(response.status).toBe(200);
    expect(response.type).toBe('text/plain');
    expect(response.text).toMatch(/^[a-z0-9]{8}\n$/);
    const session = await getSession(response.text.trim());
    expect(session).toMatchObject({
      name: 'my-notebook',
      type: 'notebook',
      status: 'Pending',
      isFixedResources: false,
    });
  });

  it('takes blank cores, ram and gpus as none given, a blank type as headless, and a type as its trimmed name', async () => {
    const flexible = await launch({ ...notebook, cores: '', ram: ' ', gpus: '' });
    expect(flexible.status).toBe(200);
    expect(await getSession(flexible.text.trim())).toMatchObject({
      type: 'notebook',
      isFixedResources: false,
      requestedGPUCores: '0',
    });
    const blankType = await launch({
      name: 'job',
      image: 'images.canfar.net/skaha/astroml:26.03',
      type: ' ',
    });
    expect((await getSession(blankType.text.trim())).type).toBe('headless');
    const padded = await launch({ ...notebook, name: 'padded', type: ' Carta ' });
    expect((await getSession(padded.text.trim())).type).toBe('carta');
  });

  it('launches headless when type is omitted, with fixed resources when ram is given', async () => {
    const { text } = await launch({
      name: 'job',
      image: 'images.canfar.net/skaha/astroml:26.03',
      cores: '4',
      ram: '8',
      gpus: '2',
    });
    const session = await getSession(text.trim());
    expect(session).toMatchObject({
      type: 'headless',
      connectURL: '',
      requestedRAM: '8.59',
      requestedCPUCores: '4',
      requestedGPUCores: '2',
      isFixedResources: true,
    });
  });

  describe('headless command, arguments and variables (getHeadlessImageBundle, then replaceAll)', () => {
    const job = { name: 'job', image: 'images.canfar.net/skaha/astroml:26.03' };
    const stored = (text: string) =>
      getPlatform().skaha.sessions.find((record) => record.id === text.trim())?.command;

    it.each([
      [{ cmd: 'echo$HOME' }, 'Illegal group reference'],
      [{ args: '-c print($x)' }, 'Illegal group reference'],
      [{ env: ['PRICE=5$'] }, 'Illegal group reference'],
      [{ env: ['PATHS=${HOME}'] }, 'No group with name {HOME}'],
    ])('refuses a $ as Java does: %o → 400 %s', async (form, message) => {
      expect(await launch({ ...job, ...form })).toEqual({
        status: 400,
        type: 'text/plain',
        text: `${message}\n`,
      });
    });

    it('fails on a " that breaks the YAML, and drops a \\ without a word', async () => {
      expect((await launch({ ...job, args: '-c "print(1)"' })).status).toBe(500);
      const { status, text } = await launch({ ...job, cmd: 'python', args: 'a\\b' });
      expect(status).toBe(200);
      expect(stored(text)?.args).toBe('ab');
    });

    it('drops a variable without a value and sends an empty argument for two spaces', async () => {
      const { text } = await launch({ ...job, args: 'a  b', env: ['KEPT=1', 'EMPTY=', 'TRAILING=x='] });
      expect(stored(text)).toEqual({ cmd: undefined, args: 'a  b', env: ['KEPT=1', 'TRAILING=x'] });
    });
  });

  it.each([
    ['run-', 'run'],
    ['Run--', 'run'],
    [`${'a'.repeat(62)}-b`, 'a'.repeat(62)],
    // a 62-character name's replicas, all listed under the name itself
    [`${'a'.repeat(61)}b-1`, `${'a'.repeat(61)}b`],
    [`${'a'.repeat(61)}b-3`, `${'a'.repeat(61)}b`],
  ])(
    'lists %s as %s, its canfar.net/name label cut until it ends on a letter or digit',
    async (name, listed) => {
      const { status, text } = await launch({ ...notebook, name });
      expect(status).toBe(200);
      expect((await getSession(text.trim())).name).toBe(listed);
    },
  );

  it('reports a Firefly session fixed, with the requests of its template whatever the launch asked', async () => {
    const { text } = await launch({
      name: 'ff',
      image: 'images.canfar.net/skaha/firefly:2025.3',
      type: 'firefly',
      cores: '4',
      ram: '16',
    });
    const expected = {
      type: 'firefly',
      requestedRAM: '4.29',
      requestedCPUCores: '0.100',
      requestedGPUCores: '0',
      isFixedResources: true,
    };
    expect(await getSession(text.trim())).toMatchObject(expected);
    expect(await getSession('w2f6y8ka', { user: 'mchen' })).toMatchObject(expected);
  });

  it('accepts a fractional core count whose integer part is an option', async () => {
    const { text } = await launch({ ...notebook, cores: '2.5', ram: '16' });
    expect(await getSession(text.trim())).toMatchObject({
      requestedCPUCores: '2.500',
      requestedRAM: '17.18',
    });
  });

  it('launches a private image with x-skaha-registry-auth and never stores the secret', async () => {
    const { status, text } = await launch(
      { name: 'job', image: PRIVATE },
      registryAuth('jdoe:cli-secret-123'),
    );
    expect(status).toBe(200);
    expect(JSON.stringify(getPlatform().snapshot())).not.toContain('cli-secret-123');
    expect(await getSession(text.trim())).toMatchObject({ image: PRIVATE });
  });

  it.each([
    ['no-colon', 'Invalid input.  Must be in form of username:secret'],
    ['jdoe:cli:secret', 'Invalid input.  Must be in form of username:secret'],
    ['jdoe:', 'Invalid input.  Must be in form of username:secret'],
    [':cli-secret', 'username is required.'],
    ['jdoe:  ', 'secret value cannot be empty.'],
  ])(
    'refuses registry credentials %o as ImageRepositoryAuth.fromEncoded does: %s',
    async (value, message) => {
      expect(await launch({ name: 'job', image: PRIVATE }, registryAuth(value))).toEqual({
        status: 400,
        type: 'text/plain',
        text: `${message}\n`,
      });
    },
  );

  it('reads the registry header as cadc-util decodes base64, and only for an image that is not public', async () => {
    const raw = (value: string) => ({ headers: { 'x-skaha-registry-auth': value } });
    expect((await launch({ name: 'job', image: PRIVATE }, raw('abc'))).text).toBe(
      'Length of Base64 encoded input string is not a multiple of 4.\n',
    );
    expect((await launch({ name: 'job', image: PRIVATE }, raw('ab*d'))).text).toBe(
      'Illegal character in Base64 encoded data.\n',
    );
    // Java's split drops a trailing empty part: a secret followed by one `:` still makes two parts
    expect((await launch({ name: 'job', image: PRIVATE }, registryAuth('jdoe:cli-secret:'))).status).toBe(
      200,
    );
    expect((await launch({ ...notebook, name: 'public' }, registryAuth('a:b:c'))).status).toBe(200);
  });

  it('leaves an image the registry does not have stuck in Pending with pull errors', async () => {
    const image = 'images.canfar.net/someone/unknown:1';
    const { text } = await launch({ name: 'job', image }, registryAuth('jdoe:secret'));
    const id = text.trim();
    getPlatform().advanceClock(600_000);
    expect((await getSession(id)).status).toBe('Pending');
    const events = await (await call(`/skaha/v1/session/${id}?view=events`)).text();
    expect(events).toContain('Error: ImagePullBackOff');
  });
});
