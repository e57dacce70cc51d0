import { describe, expect, it } from 'vitest';
import { paths } from './paths';

const hostile = [
  'javascript:alert(document.cookie)',
  '<img src=x onerror=alert(1)>',
  'etc?x=1#y',
  '..%2F..%2Fetc',
  'مرصد \u202Etxt.exe',
];

describe('paths built from names', () => {
  it('stay inside the app, whatever the name: never a javascript: or other scheme, never another origin', () => {
    for (const name of hostile) {
      for (const href of [
        paths.imageProject(name),
        paths.imageRepository(name, `${name}/${name}`),
        paths.imageArtifact(name, name, name),
        paths.storage(`/home/jdoe/${name}`),
        paths.usageProject(name),
        paths.launch({ type: 'notebook', image: name }),
      ]) {
        expect(href.startsWith('/')).toBe(true);
        expect(new URL(href, 'https://portal.example').origin).toBe('https://portal.example');
        expect(href).not.toMatch(/[<>\s#]|\/\.\.\//);
      }
    }
  });

  it('keep a name within its own segment: no `?`, `#` or `..` segment of its own', () => {
    for (const name of hostile) {
      expect(paths.imageProject(name).split('/')).toHaveLength(3);
      expect(paths.usageProject(name)).not.toContain('?');
    }
  });

  it('encode each segment, so a name reads back whole', () => {
    const name = 'javascript:alert(1)?#<b>';
    const href = paths.storage(`/home/jdoe/${name}`);
    expect(href).toBe('/storage/home/jdoe/javascript%3Aalert(1)%3F%23%3Cb%3E');
    expect(decodeURIComponent(href.split('/').at(-1) ?? '')).toBe(name);
    expect(paths.usageProject(name)).toBe('/usage/projects/javascript%3Aalert(1)%3F%23%3Cb%3E');
    expect(
      new URL(paths.launch({ type: 'notebook', image: name }), 'https://p.example').searchParams.get('image'),
    ).toBe(name);
  });

  it('carry a usage period as the usage area reads it: a window by name, a custom range as its own parameters', () => {
    expect(paths.usage()).toBe('/usage');
    expect(paths.usage('')).toBe('/usage');
    expect(paths.usage('30d')).toBe('/usage?window=30d');
    expect(paths.usageProjects({ from: '2026-11-01', to: '2026-11-30' })).toBe(
      '/usage/projects?from=2026-11-01&to=2026-11-30',
    );
    expect(paths.usageGroup('survey team', '7d')).toBe('/usage/groups/survey%20team?window=7d');
    expect(paths.usageSession('a1b2', 'jdoe', { window: '24h' }, 'notebook1')).toBe(
      '/usage/sessions/a1b2?user=jdoe&name=notebook1&window=24h',
    );
    expect(paths.usageSession('a1b2', 'jdoe')).toBe('/usage/sessions/a1b2?user=jdoe');
  });
});
