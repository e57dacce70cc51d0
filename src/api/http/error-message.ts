/**
 * The human text of an error body. skaha and cavern answer `text/plain`; Harbor `{"errors":[{"message"}]}`;
 * Prometheus `{"error"}`; anything else falls back to the status text.
 */
export function errorMessageFromBody(body: string, contentType: string | null, statusText: string): string {
  const trimmed = body.trim();
  if (contentType?.includes('json') || trimmed.startsWith('{')) {
    const fromJson = messageFromJson(trimmed);
    if (fromJson) return fromJson;
  }
  if (contentType?.includes('html') || trimmed.startsWith('<')) {
    // An HTML error page from a proxy is not a message for people.
    return statusText;
  }
  return trimmed.length > 0 ? trimmed.slice(0, 2000) : statusText;
}

function messageFromJson(text: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const errors = parsed.errors;
  if (Array.isArray(errors)) {
    const messages = errors
      .map((entry: unknown) => (isRecord(entry) && typeof entry.message === 'string' ? entry.message : ''))
      .filter((message) => message.length > 0);
    if (messages.length > 0) return messages.join('; ');
  }
  if (typeof parsed.error === 'string') return parsed.error;
  if (typeof parsed.message === 'string') return parsed.message;
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
