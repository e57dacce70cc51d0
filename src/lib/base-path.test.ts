import { afterEach, describe, expect, it } from 'vitest';
import { readBasePath, underBase } from './base-path';

afterEach(() => {
  document.head.querySelectorAll('base').forEach((base) => {
    base.remove();
  });
});

function addBase(href: string) {
  const base = document.createElement('base');
  base.setAttribute('href', href);
  document.head.append(base);
}

describe('readBasePath', () => {
  it('is "/" for a page with no base element', () => {
    expect(readBasePath()).toBe('/');
  });

  it('is the sub-path the web server wrote into <base href>', () => {
    addBase('/science-portal/');
    expect(readBasePath()).toBe('/science-portal/');
  });

  it('is "/" for the build’s own <base href="/">', () => {
    addBase('/');
    expect(readBasePath()).toBe('/');
  });

  it('keeps only the folder of a base that names a file', () => {
    addBase('/science-portal/index.html');
    expect(readBasePath()).toBe('/science-portal/');
  });

  it('ignores a base on another origin', () => {
    addBase('https://elsewhere.example/science-portal/');
    expect(readBasePath()).toBe('/');
  });
});

describe('underBase', () => {
  it('puts a path under the base', () => {
    expect(underBase('config.json', '/science-portal/')).toBe('/science-portal/config.json');
    expect(underBase('/skaha', '/science-portal/')).toBe('/science-portal/skaha');
    expect(underBase('skaha', '/')).toBe('/skaha');
  });
});
