/** The model's TaskDescriptionString: 1 to 128 characters of [A-Za-z0-9 _.,!#]. */
export const DESCRIPTION_MAX = 128;
const ALLOWED = /^[A-Za-z0-9 _.,!#]$/;

/** A specific message for a task description, or undefined when it is valid (empty is allowed: it is optional). */
export function descriptionError(value: string): string | undefined {
  if (value.length > DESCRIPTION_MAX) return `Use at most ${DESCRIPTION_MAX} characters (${value.length} now).`;
  const bad = [...value].findIndex((ch) => !ALLOWED.test(ch));
  if (bad >= 0) {
    return `"${[...value][bad]}" at position ${bad + 1} is not allowed. Use letters A-Z and a-z, digits, spaces and _ . , ! # only.`;
  }
  return undefined;
}
