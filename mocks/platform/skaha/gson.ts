/** A Java `double` field: Gson prints it with Double.toString, so 1536 is written `1536.0`. */
export class JavaDouble {
  constructor(readonly value: number) {}
}

export type GsonValue =
  string | number | boolean | JavaDouble | GsonValue[] | { [key: string]: GsonValue | undefined };

function formatDouble(value: number): string {
  const rounded = Number(value.toFixed(6));
  return Number.isInteger(rounded) ? `${rounded}.0` : String(rounded);
}

/** `new GsonBuilder().setPrettyPrinting()` output for documents that hold Java doubles. */
export function gsonPretty(value: GsonValue, indent = ''): string {
  if (value instanceof JavaDouble) return formatDouble(value.value);
  if (typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + gsonPretty(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).flatMap(([key, item]) =>
    item === undefined ? [] : [[key, item] as const],
  );
  if (entries.length === 0) return '{}';
  const members = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${gsonPretty(item, inner)}`);
  return `{\n${members.join(',\n')}\n${indent}}`;
}
