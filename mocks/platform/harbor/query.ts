/**
 * Harbor's `q=` grammar as its server reads it (HB:src/lib/q/q.go): conditions joined by commas, each `k=v`
 * exact, `k=~v` fuzzy, `k=[min~max]` range, `k={a b}` any of, `k=(a b)` all of. Values are a time, an integer,
 * or a string with quotes trimmed. The whole parameter is unescaped once more before parsing.
 */
export type QueryValue = string | number;

export type Condition =
  | { match: 'exact'; value: QueryValue }
  | { match: 'fuzzy'; value: string }
  | { match: 'range'; min: QueryValue | undefined; max: QueryValue | undefined }
  | { match: 'union' | 'intersection'; values: QueryValue[] };

export class QueryError extends Error {}

function readValue(raw: string): QueryValue {
  const text = raw.trim();
  if (/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d$/.test(text)) return Date.parse(`${text.replace(' ', 'T')}Z`);
  if (/^[+-]?\d+$/.test(text)) return Number(text);
  return text.replace(/^["']+|["']+$/g, '');
}

export function parseQuery(q: string | null): Map<string, Condition> {
  const conditions = new Map<string, Condition>();
  if (q === null || q.trim() === '') return conditions;
  let text: string;
  try {
    text = decodeURIComponent(q);
  } catch {
    throw new QueryError(`invalid query string: ${q}`);
  }
  for (const part of text.split(',')) {
    const equals = part.indexOf('=');
    if (equals <= 0)
      throw new QueryError(`the query string must contain "=" and the key/value cannot be empty`);
    const key = part.slice(0, equals).trim();
    const value = part.slice(equals + 1).trim();
    if (value === '')
      throw new QueryError(`the query string must contain "=" and the key/value cannot be empty`);
    conditions.set(key, parseCondition(value));
  }
  return conditions;
}

function parseCondition(value: string): Condition {
  if (value.startsWith('~')) return { match: 'fuzzy', value: String(readValue(value.slice(1))) };
  if (value.startsWith('[') && value.endsWith(']')) {
    const inner = value.slice(1, -1);
    const tilde = inner.indexOf('~');
    if (tilde < 0) throw new QueryError(`invalid range pattern ${value}`);
    const min = inner.slice(0, tilde).trim();
    const max = inner.slice(tilde + 1).trim();
    return { match: 'range', min: min ? readValue(min) : undefined, max: max ? readValue(max) : undefined };
  }
  if (value.startsWith('{') && value.endsWith('}')) return { match: 'union', values: list(value) };
  if (value.startsWith('(') && value.endsWith(')')) return { match: 'intersection', values: list(value) };
  return { match: 'exact', value: readValue(value.startsWith('\\') ? value.slice(1) : value) };
}

function list(value: string): QueryValue[] {
  return value.slice(1, -1).split(/\s+/).filter(Boolean).map(readValue);
}

/** Whether one field value satisfies a condition (Harbor's fuzzy match is a case-insensitive LIKE %v%). */
export function matches(actual: string | number | boolean | undefined, condition: Condition): boolean {
  if (actual === undefined) return false;
  const same = (value: QueryValue) =>
    typeof actual === 'boolean'
      ? String(actual) === String(value)
      : actual === value || String(actual) === String(value);
  switch (condition.match) {
    case 'exact':
      return same(condition.value);
    case 'fuzzy':
      return String(actual).toLowerCase().includes(condition.value.toLowerCase());
    case 'range': {
      const { min, max } = condition;
      const number = typeof actual === 'number' ? actual : Number.NaN;
      const above = min === undefined || (typeof min === 'number' ? number >= min : String(actual) >= min);
      const below = max === undefined || (typeof max === 'number' ? number <= max : String(actual) <= max);
      return above && below;
    }
    case 'union':
      return condition.values.some(same);
    case 'intersection':
      return condition.values.every(same);
  }
}
