/**
 * The SDM model sets no limits on tags; these are the standard AWS tagging rules, checked
 * before sending so the operator gets a message next to the field instead of a rejection.
 */
export const TAG_LIMITS = { keyMax: 128, valueMax: 256, count: 50 };
const ALLOWED = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

export function tagKeyError(key: string, existing: string[], editing?: string): string | undefined {
  if (key.trim().length === 0) return 'Enter a key.';
  if (key.length > TAG_LIMITS.keyMax) return `Keys can be at most ${TAG_LIMITS.keyMax} characters (this one has ${key.length}).`;
  if (key.toLowerCase().startsWith('aws:')) return 'Keys starting with "aws:" are reserved for AWS.';
  if (!ALLOWED.test(key)) return 'Use letters, numbers, spaces and _ . : / = + - @ only.';
  if (key !== editing && existing.includes(key)) return `A tag with key "${key}" already exists; edit it instead.`;
  if (key !== editing && existing.length >= TAG_LIMITS.count) return `A resource can have at most ${TAG_LIMITS.count} tags.`;
  return undefined;
}

export function tagValueError(value: string): string | undefined {
  if (value.length > TAG_LIMITS.valueMax) return `Values can be at most ${TAG_LIMITS.valueMax} characters (this one has ${value.length}).`;
  if (!ALLOWED.test(value)) return 'Use letters, numbers, spaces and _ . : / = + - @ only.';
  return undefined;
}
