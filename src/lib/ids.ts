/** Joins element ids for aria-describedby / aria-labelledby; undefined when there are none. */
export function idRefs(...ids: Array<string | false | null | undefined>): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}

/** A readable, id-safe slug: "Information & Settings" -> "information-settings". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
