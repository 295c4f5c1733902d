// What a stored string may hold. Both databases store UTF-8 text: PostgreSQL refuses NUL
// outright, and half of a surrogate pair has no UTF-8 form, so either database would keep
// U+FFFD instead of what was sent. Control characters are invisible in the page besides.

/** C0 controls (U+0000-U+001F), DEL (U+007F) and C1 controls (U+0080-U+009F). */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** True when every character is printable text: no control character, no half of a surrogate pair. */
export function isPrintableText(value: string): boolean {
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0;
    // Iterating by code point leaves a lone surrogate as a one-unit string in its own range.
    if (isControl(code) || (code >= 0xd800 && code <= 0xdfff)) return false;
  }
  return true;
}

/** Letters, digits and symbols of ASCII only (U+0021-U+007E): what BigCommerce's tokens and secrets are made of. */
export function isVisibleAscii(value: string): boolean {
  return /^[!-~]*$/.test(value);
}
