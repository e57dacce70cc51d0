import { ServiceError, badRequest } from '../errors';

/** Java's `String.split(regex)`: trailing empty strings are removed, so `"KEY=".split("=")` is `["KEY"]`. */
export function javaSplit(value: string, separator: string): string[] {
  const parts = value.split(separator);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * What Java's `Matcher.appendReplacement` makes of a replacement string, against skaha's template pattern
 * `\$[{]key[}]`, which has no groups (SessionJobBuilder.setConfigValue uses `String.replaceAll`): `\x` is `x`,
 * and `$` is a group reference that cannot be resolved. IllegalArgumentException is cadc-rest's 400;
 * IndexOutOfBoundsException ("No group 1") is not one of its mapped exceptions, so it is a 500.
 */
export function javaReplacement(value: string): string {
  let result = '';
  for (let at = 0; at < value.length; at++) {
    const char = value.charAt(at);
    if (char === '\\') {
      at++;
      if (at === value.length) throw badRequest('character to be escaped is missing');
      result += value.charAt(at);
    } else if (char === '$') {
      at++;
      if (at === value.length) throw badRequest('Illegal group reference: group index is missing');
      const next = value.charAt(at);
      if (next === '{') {
        const name = /^[A-Za-z0-9]*/.exec(value.slice(at + 1))?.[0] ?? '';
        if (name === '') throw badRequest('named capturing group has 0 length name');
        if (value.charAt(at + 1 + name.length) !== '}')
          throw badRequest("named capturing group is missing trailing '}'");
        if (/^\d/.test(name)) throw badRequest(`capturing group name {${name}} starts with digit character`);
        throw badRequest(`No group with name {${name}}`);
      }
      if (!/\d/.test(next)) throw badRequest('Illegal group reference');
      throw new ServiceError(500, `No group ${next}`);
    } else {
      result += char;
    }
  }
  return result;
}

export interface HeadlessCommand {
  cmd?: string;
  args?: string;
  env: string[];
}

/**
 * The command, arguments and variables as the job gets them. skaha writes them into the job's YAML between
 * double quotes (PostAction.getHeadlessImageBundle), passes that YAML through replaceAll, then parses it: a
 * `"` left in a value ends its string early and the YAML does not parse (the text here is the gist of
 * SnakeYAML's, not verbatim).
 */
export function headlessCommand(
  cmd: string | null,
  args: string | null,
  envs: readonly string[],
): HeadlessCommand {
  const quoted = (value: string) => {
    // in the bundle every value is followed by its closing quote, which a trailing `$` or `\` then meets
    const passed = javaReplacement(`${value}"`).slice(0, -1);
    if (passed.includes('"') || passed.includes('\\')) {
      throw new ServiceError(500, "while parsing the job: expected ',' or ']', but got <scalar>");
    }
    return passed;
  };
  // in the bundle's order, so the first problem is the one skaha reports
  const command = cmd === null ? undefined : quoted(cmd);
  // split(" ") keeps the empty string between two spaces: an empty argument
  const argList = args === null ? undefined : javaSplit(args, ' ').map(quoted).join(' ');
  const env = envs
    .map((entry) => javaSplit(entry, '='))
    .filter((parts) => parts.length === 2)
    .map(([key = '', value = '']) => `${key}=${quoted(value)}`);
  return { cmd: command, args: argList, env };
}
