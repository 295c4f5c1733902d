import type { ConnectionPosition } from '../ports';

// The cursor is opaque to clients: the last row's place in the order, as base64url JSON. It names
// only a position (never a secret), so it needs no signature; a forged one just starts elsewhere.

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
// As any ID the API issued (docs/api.md, "What a string may hold").
const maxIdLength = 128;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

export function encodeCursor(position: ConnectionPosition): string {
  return toBase64Url(JSON.stringify({ u: position.updatedAt, i: position.id }));
}

/** The position a cursor names, or undefined when it is not one this backend made. */
export function decodeCursor(cursor: string): ConnectionPosition | undefined {
  const text = fromBase64Url(cursor);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { u, i } = value as Record<string, unknown>;
  if (typeof u !== 'string' || !isoTime.test(u) || Number.isNaN(Date.parse(u))) return undefined;
  if (typeof i !== 'string' || i.length === 0 || i.length > maxIdLength) return undefined;
  return { updatedAt: u, id: i };
}
