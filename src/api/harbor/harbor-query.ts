/**
 * Harbor's `q=` filter (HB:src/lib/q/builder.go): `k=v` exact, `k=~v` fuzzy, `k=[min~max]` range, `k={a b}` union,
 * `k=(a b)` intersection, conditions joined by commas. Range bounds and list items are read as a time
 * (`2006-01-02T15:04:05`), then an integer, then a string with `"` and `'` trimmed, so a string that looks like a
 * number or a time is quoted to stay a string. What the grammar cannot carry (a comma anywhere, a space in a list
 * item, a `~` in a range bound) throws a RangeError rather than silently querying for something else.
 */
export type ListValue = string | number | Date;

export type HarborCondition =
  | { match: 'exact'; value: string | number | boolean }
  | { match: 'fuzzy'; value: string | number }
  | { match: 'range'; min: ListValue | undefined; max: ListValue | undefined }
  | { match: 'union' | 'intersection'; values: readonly ListValue[] };

export const exact = (value: string | number | boolean): HarborCondition => ({ match: 'exact', value });
export const fuzzy = (value: string | number): HarborCondition => ({ match: 'fuzzy', value });
export const range = (min: ListValue | undefined, max: ListValue | undefined): HarborCondition => ({
  match: 'range',
  min,
  max,
});
/** Any of the values (OR). */
export const union = (values: readonly ListValue[]): HarborCondition => ({ match: 'union', values });
/** All of the values (AND), e.g. `labels: intersection([4, 7])` for artifacts carrying both labels. */
export const intersection = (values: readonly ListValue[]): HarborCondition => ({
  match: 'intersection',
  values,
});

/** A plain value means an exact match; `undefined` leaves the key out. */
export type HarborQuery = Readonly<Record<string, HarborCondition | string | number | boolean | undefined>>;

/** The `q` parameter for a set of conditions, or `undefined` when there are none. */
export function harborQuery(conditions: HarborQuery): string | undefined {
  const parts: string[] = [];
  for (const [key, condition] of Object.entries(conditions)) {
    if (condition === undefined) continue;
    if (!/^[A-Za-z0-9_.]+$/.test(key)) throw new RangeError(`Harbor cannot filter on the key "${key}"`);
    parts.push(`${key}=${pattern(typeof condition === 'object' ? condition : exact(condition))}`);
  }
  // Harbor unescapes `q` once more after the HTTP layer has (for `q=tags%3Dnil`): keep `%` and `+` literal.
  return parts.length > 0 ? parts.join(',').replace(/[%+]/g, encodeURIComponent) : undefined;
}

function pattern(condition: HarborCondition): string {
  switch (condition.match) {
    case 'exact': {
      const text = plain(String(condition.value));
      // A leading pattern character would make it another kind of match; Harbor strips one leading `\`.
      return /^[~[{(\\]/.test(text) ? `\\${text}` : text;
    }
    case 'fuzzy':
      return `~${plain(String(condition.value))}`;
    case 'range': {
      const min = condition.min === undefined || condition.min === '' ? '' : item(condition.min, '~');
      const max = condition.max === undefined || condition.max === '' ? '' : item(condition.max, '~');
      if (!min && !max) throw new RangeError('a Harbor range needs a minimum or a maximum');
      return `[${min}~${max}]`;
    }
    case 'union':
    case 'intersection': {
      const items = condition.values.map((value) => item(value, ' '));
      if (items.length === 0) throw new RangeError(`a Harbor ${condition.match} needs at least one value`);
      return condition.match === 'union' ? `{${items.join(' ')}}` : `(${items.join(' ')})`;
    }
  }
}

function plain(text: string): string {
  if (text === '') throw new RangeError('Harbor cannot match an empty value');
  if (text.includes(',')) throw new RangeError(`Harbor cannot match a value containing a comma: "${text}"`);
  return text;
}

/** A range bound or list item, which Harbor reads as a time, an integer or a (quote-trimmed) string. */
function item(value: ListValue, separator: '~' | ' '): string {
  if (value instanceof Date) return value.toISOString().slice(0, 19);
  if (typeof value === 'number') return String(value);
  const text = plain(value);
  const cannot = separator === ' ' ? /\s/.test(text) : text.includes('~');
  if (cannot || /^["']|["']$/.test(text)) {
    throw new RangeError(`Harbor cannot carry "${text}" in a ${separator === ' ' ? 'list' : 'range'}`);
  }
  const needsQuotes = /^\s|\s$|^[+-]?\d+$|^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(text);
  return needsQuotes ? `"${text}"` : text;
}

/**
 * A repository name for a Harbor path: without the project prefix, encoded twice so that a `/` inside it
 * (`a/b` → `a%252Fb`) survives the router (HB:api/v2.0/swagger.yaml, `parameters.repositoryName`).
 */
export function repositoryPath(name: string): string {
  return encodeURIComponent(encodeURIComponent(name));
}

/** `Repository.name` is `project/repository…`; project names cannot contain `/`. */
export function splitRepositoryName(fullName: string): { project: string; repository: string } {
  const slash = fullName.indexOf('/');
  return slash < 0
    ? { project: '', repository: fullName }
    : { project: fullName.slice(0, slash), repository: fullName.slice(slash + 1) };
}
