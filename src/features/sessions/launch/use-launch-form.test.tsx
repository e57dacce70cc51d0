import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigationType } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { AuthProvider } from '@/auth/auth-context';
import { AuthStore } from '@/auth/auth-store';
import { createMockAuth } from '@/auth/password-auth';
import { createTestApi } from '@/test/test-api';
import { readLaunchState } from './launch-state';
import { rememberLaunch } from './remembered-launch';
import { useLaunchForm } from './use-launch-form';

/** The form's state at `route`, signed in as jdoe, with the address and how the last change got there. */
function renderForm(route: string) {
  const store = new AuthStore();
  store.signedIn({ username: 'jdoe', displayName: 'Jane Doe' }, 'token');
  const auth = createMockAuth(store, createTestApi('token'), []);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AuthProvider auth={auth}>
      <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
    </AuthProvider>
  );
  return renderHook(
    () => ({ ...useLaunchForm(), location: useLocation(), navigation: useNavigationType() }),
    { wrapper },
  );
}

describe('the launch form in the address', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('follows each change in place, so Back leaves the form rather than undoing keystrokes', () => {
    const { result } = renderForm('/sessions/launch?type=carta');
    act(() => {
      result.current.update({ name: 'm' });
    });
    act(() => {
      result.current.update({ name: 'm3' });
    });
    expect(result.current.location.search).toBe('?type=carta&name=m3');
    expect(result.current.navigation).toBe('REPLACE');
  });

  it('opens another type with this user’s last launch of it, and says so', () => {
    rememberLaunch('jdoe', readLaunchState(new URLSearchParams('type=carta&resources=fixed&cores=4&ram=16')));
    const { result } = renderForm('/sessions/launch?type=notebook');
    expect(result.current.restored).toBe(false);
    act(() => {
      result.current.chooseType('carta');
    });
    expect(result.current.state).toMatchObject({ type: 'carta', resources: 'fixed', cores: 4, ram: 16 });
    expect(result.current.restored).toBe(true);
    expect(result.current.location.search).toBe('?type=carta&resources=fixed&cores=4&ram=16');
  });

  it('keeps a typed name and fixed resources the new type takes too, and nothing the platform sets', () => {
    const { result } = renderForm(
      '/sessions/launch?type=notebook&name=halfway&resources=fixed&cores=4&ram=16&gpus=1',
    );
    act(() => {
      result.current.chooseType('headless');
    });
    expect(result.current.state).toMatchObject({
      type: 'headless',
      name: 'halfway',
      resources: 'fixed',
      cores: 4,
      ram: 16,
      gpus: 1,
    });
    // a desktop's resources are its template's: only the name goes there
    act(() => {
      result.current.chooseType('desktop');
    });
    expect(result.current.state).toMatchObject({ type: 'desktop', name: 'halfway', resources: 'flexible' });
    expect(result.current.state.cores).toBeUndefined();
    // and back: the notebook's fixed resources were left behind with the desktop's flexible ones
    act(() => {
      result.current.chooseType('notebook');
    });
    expect(result.current.state).toMatchObject({ type: 'notebook', name: 'halfway', resources: 'flexible' });
  });

  it('takes to another type only what the user set here, not what was restored from memory', () => {
    rememberLaunch(
      'jdoe',
      readLaunchState(
        new URLSearchParams('type=notebook&name=lens-gpu&resources=fixed&cores=2&ram=8&gpus=1'),
      ),
    );
    rememberLaunch('jdoe', readLaunchState(new URLSearchParams('type=headless&name=lensfit&replicas=3')));
    const { result } = renderForm('/sessions/launch?type=notebook');
    expect(result.current.restored).toBe(true);
    act(() => {
      result.current.chooseType('headless');
    });
    // the last headless launch, as the notice says: no GPU held three times over
    expect(result.current.state).toMatchObject({ type: 'headless', resources: 'flexible', replicas: 3 });
    expect(result.current.state.gpus).toBeUndefined();
    expect(result.current.location.search).not.toContain('gpus');

    // cores the user changes on a restored form are theirs, and go with them, with the RAM they go with; the
    // restored GPU is not theirs for that
    act(() => {
      result.current.chooseType('notebook');
    });
    act(() => {
      result.current.update({ cores: 4 });
    });
    act(() => {
      result.current.chooseType('headless');
    });
    expect(result.current.state).toMatchObject({ type: 'headless', resources: 'fixed', cores: 4, ram: 8 });
    expect(result.current.state.gpus).toBeUndefined();
    // a GPU the user chose goes along too
    act(() => {
      result.current.update({ gpus: 2 });
    });
    act(() => {
      result.current.chooseType('carta');
    });
    expect(result.current.state).toMatchObject({
      type: 'carta',
      resources: 'fixed',
      cores: 4,
      ram: 8,
      gpus: 2,
    });
  });

  it('leaves a name the form suggested to the new type, which suggests its own', () => {
    const { result } = renderForm('/sessions/launch?type=notebook');
    act(() => {
      result.current.chooseType('carta');
    });
    expect(result.current.state.name).toBeUndefined();
  });
});
