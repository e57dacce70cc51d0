import type { LaunchRequest } from '@/api/skaha/session-mutations';

// Single quotes keep everything literal in POSIX shells; a quote inside is closed, escaped and reopened.
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The `canfar create …` line of the canfar client that launches the same thing (platform-api §9). The variables
 * named in `secretKeys` are written `KEY="$KEY"`, their values read from the user's shell: a value marked secret
 * stays off the screen (a workshop's shared screen) and out of the shell's history.
 */
export function canfarCreateCommand(
  request: LaunchRequest,
  replicas: number,
  secretKeys: ReadonlySet<string> = new Set(),
): string {
  const words = ['canfar', 'create', '--name', shellQuote(request.name)];
  if (request.cores !== undefined) words.push('--cpu', String(request.cores));
  if (request.ram !== undefined) words.push('--memory', String(request.ram));
  if (request.gpus !== undefined && request.gpus > 0) words.push('--gpu', String(request.gpus));
  for (const entry of request.env ?? []) {
    const key = entry.slice(0, entry.indexOf('='));
    // a key is a shell name (launch-request.ts checks it), so it needs no quoting
    words.push('--env', secretKeys.has(key) ? `${key}="$${key}"` : shellQuote(entry));
  }
  if (replicas > 1) words.push('--replicas', String(replicas));
  words.push(request.type, shellQuote(request.image));
  if (request.cmd) {
    words.push('--', shellQuote(request.cmd));
    if (request.args) words.push(...request.args.split(' ').filter(Boolean).map(shellQuote));
  }
  return words.join(' ');
}
