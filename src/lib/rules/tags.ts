/**
 * Tag rules. The SDM model sets no limits on tags; these are the standard AWS tagging
 * rules, checked before sending so the operator gets a message next to the field instead
 * of a rejection. Device tags (TagResource) and task tags (CreateTask) follow the same ones.
 */
export const TAG_LIMITS = { keyMax: 128, valueMax: 256, count: 50 };
const ALLOWED_CHAR = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]$/u;
const ALLOWED_TEXT = 'Use letters, numbers, spaces and _ . : / = + - @ only.';

/** Names the first character a tag cannot hold, and where, as the task description's check does. */
function characterError(text: string): string | undefined {
  let position = 0;
  for (const ch of text) {
    position++;
    if (!ALLOWED_CHAR.test(ch)) return `"${ch}" at position ${position} is not allowed. ${ALLOWED_TEXT}`;
  }
  return undefined;
}

/** What is wrong with a tag key on its own (present, length, reserved prefix, characters), or undefined. */
export function tagKeyFormatError(key: string): string | undefined {
  if (key.trim().length === 0) return 'Enter a key.';
  if (key.length > TAG_LIMITS.keyMax) return `Keys can be at most ${TAG_LIMITS.keyMax} characters (this one has ${key.length}).`;
  if (key.toLowerCase().startsWith('aws:')) return 'Keys starting with "aws:" are reserved for AWS.';
  return characterError(key);
}

/**
 * Whether a resource may go from `before` to `after` tags: above the limit only when the
 * change adds to the count (a resource already over it may still lose or change tags).
 */
export function tagCountError(before: number, after: number): string | undefined {
  if (after <= TAG_LIMITS.count || after <= before) return undefined;
  return `Would have ${after} tags; a resource can have at most ${TAG_LIMITS.count}.`;
}

/**
 * What is wrong with a tag key, or undefined. `existing` holds the keys the resource has
 * (or will have) besides this one; `editing` the key being changed, which may keep its name.
 */
export function tagKeyError(key: string, existing: readonly string[], editing?: string): string | undefined {
  const format = tagKeyFormatError(key);
  if (format) return format;
  if (key !== editing && existing.includes(key)) return `A tag with key "${key}" already exists; edit it instead.`;
  if (key !== editing && existing.length >= TAG_LIMITS.count) return `A resource can have at most ${TAG_LIMITS.count} tags.`;
  return undefined;
}

/** What is wrong with a tag value, or undefined (a value may be empty). */
export function tagValueError(value: string): string | undefined {
  if (value.length > TAG_LIMITS.valueMax) return `Values can be at most ${TAG_LIMITS.valueMax} characters (this one has ${value.length}).`;
  return characterError(value);
}
