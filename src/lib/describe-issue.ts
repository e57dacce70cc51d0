import type { $ZodIssue } from 'zod/v4/core';

/**
 * A schema issue in plain words (for deployers reading the config page, and in malformed-answer errors), so
 * the app need not ship zod's message catalogue.
 */
export function describeIssue(issue: $ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return minimum === 1 ? 'must not be empty' : `needs ${String(minimum)} characters or more`;
      if (issue.origin === 'array')
        return minimum === 1 ? 'needs at least one entry' : `needs ${String(minimum)} entries or more`;
      return issue.inclusive === false
        ? `must be greater than ${String(minimum)}`
        : `must be at least ${String(minimum)}`;
    }
    case 'custom':
      return issue.message;
    default:
      return 'is not valid here';
  }
}
