// Request bodies as the fuzzer sends them: JSON text that a JavaScript object cannot always
// express (a key twice, a `__proto__` key of its own, 1e400), made by bending a body the route's
// schema accepts (issue 25: wrong types, missing and extra fields, prototype keys, duplicate keys,
// huge numbers, deep nesting within 64 kB, long strings, control characters, right-to-left
// overrides, mixed normalisation forms).
import fc from 'fast-check';

/** A JSON value as text carries it: objects as lists of entries, numbers as their text. */
export type Json = null | boolean | string | RawNumber | Json[] | JsonObject;
export class RawNumber {
  constructor(readonly text: string) {}
}
export class JsonObject {
  constructor(readonly entries: ReadonlyArray<readonly [string, Json]>) {}
}

export function toJson(value: unknown): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return new RawNumber(JSON.stringify(value));
  if (Array.isArray(value)) return value.map(toJson);
  return new JsonObject(Object.entries(value as object).map(([key, item]) => [key, toJson(item)] as const));
}

export function jsonText(value: Json): string {
  if (value instanceof RawNumber) return value.text;
  if (value instanceof JsonObject) return `{${value.entries.map(([key, item]) => `${JSON.stringify(key)}:${jsonText(item)}`).join(',')}}`;
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  return JSON.stringify(value);
}

const controls = [...Array.from({ length: 0x20 }, (_, code) => code), 0x7f, 0x80, 0x85, 0x9f].map((code) => String.fromCharCode(code));
const directionMarks = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c'];
const oddSpaces = ['\u00a0', '\u2028', '\u2029', '\u3000', '\u200b', '\ufeff', ' ', '\t'];
const halves = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d'];

/** A string made from `value`: a character inserted (most often), its other normalisation form, long, or anything. */
export const bentString = (value: string): fc.Arbitrary<string> => {
  const inserted = (odd: fc.Arbitrary<string>) => fc.tuple(odd, fc.nat(value.length)).map(([char, at]) => value.slice(0, at) + char + value.slice(at));
  return fc.oneof(
    // NUL on its own as often as all the other controls: PostgreSQL refuses it in any text.
    { weight: 2, arbitrary: inserted(fc.constant('\u0000')) },
    { weight: 2, arbitrary: inserted(fc.constantFrom(...controls)) },
    { weight: 1, arbitrary: inserted(fc.constantFrom(...halves)) },
    { weight: 1, arbitrary: inserted(fc.constantFrom(...directionMarks, ...oddSpaces)) },
    { weight: 2, arbitrary: fc.constantFrom(value.normalize('NFD'), value.normalize('NFKD'), `${value}e\u0301\u0301`, `  ${value}\u00a0 `, value.toUpperCase(), '') },
    { weight: 2, arbitrary: fc.constantFrom(100, 101, 128, 129, 256, 257, 512, 513, 4096, 30_000).map((length) => value.padEnd(length, value || 'x').slice(0, length)) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...controls, ...halves, ...directionMarks, 'a', 'é'), maxLength: 20 }) },
    { weight: 1, arbitrary: fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 })) },
  );
};

const hugeNumbers = ['1e400', '-1e400', '1e-400', '-0', '123456789012345678901234567890', '0.1e1', '9007199254740993', '1E+2'];
const nested = (depth: number, open: string, close: string, inner: Json): Json => new RawNumber(`${open.repeat(depth)}${jsonText(inner)}${close.repeat(depth)}`);

/** A value of the wrong kind for any field: numbers past double precision, nesting down to 60 kB. */
export const anyJson: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, [], new JsonObject([]), new RawNumber('0')),
  fc.constantFrom(...hugeNumbers).map((text) => new RawNumber(text)),
  fc.jsonValue({ maxDepth: 3 }).map(toJson),
  fc.integer({ min: 1, max: 15_000 }).map((depth) => nested(depth, '[', ']', new RawNumber('1'))),
  fc.integer({ min: 1, max: 7_000 }).map((depth) => nested(depth, '{"a":', '}', null)),
);

const specialKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', 'id', 'createdAt', 'status', 'authorization'];
const pollution = new JsonObject([['polluted', true], ['isAdmin', true]]);

type Entries = ReadonlyArray<readonly [string, Json]>;

/** A value bent for its kind: a string mostly bent as a string, an array as an array, anything as the wrong kind. */
function bentValue(value: Json): fc.Arbitrary<Json> {
  if (typeof value === 'string') return fc.oneof({ weight: 6, arbitrary: bentString(value) }, { weight: 2, arbitrary: anyJson });
  if (!Array.isArray(value)) return anyJson;
  const first = typeof value[0] === 'string' ? value[0] : '';
  return fc.oneof<Array<fc.Arbitrary<Json>>>(
    fc.tuple(bentString(first), fc.nat(value.length)).map(([odd, i]) => [...value.slice(0, i), odd, ...value.slice(i)]),
    fc.constant([...value, ...value]),
    fc.integer({ min: 100, max: 2_000 }).map((count) => Array.from({ length: count }, (): Json => first)),
    anyJson.map((odd) => [odd, ...value]),
    anyJson,
  );
}

/** One change to a body: one field bent, dropped or sent twice, or a key added. */
function bend(entries: Entries): fc.Arbitrary<Entries> {
  const added = fc.oneof(
    fc.tuple(fc.constantFrom(...specialKeys), fc.oneof(anyJson, fc.constant<Json>(pollution))).map(([key, value]): Entries => [...entries, [key, value]]),
    fc.tuple(fc.string({ unit: 'binary', maxLength: 12 }), anyJson).map(([key, value]): Entries => [[key, value], ...entries]),
  );
  if (entries.length === 0) return added;
  const field = fc.nat(entries.length - 1).chain((index) => {
    const [key, value] = entries[index] ?? ['', null];
    const others = entries.filter((_, i) => i !== index);
    return fc.oneof(
      { weight: 8, arbitrary: bentValue(value).map((bent): Entries => entries.map((entry, i) => (i === index ? [key, bent] : entry))) },
      { weight: 1, arbitrary: fc.constant(others) },
      { weight: 1, arbitrary: fc.tuple(fc.boolean(), bentValue(value)).map(([first, twin]): Entries => (first ? [[key, twin], ...entries] : [...entries, [key, twin]])) },
    );
  });
  return fc.oneof({ weight: 5, arbitrary: field }, { weight: 1, arbitrary: added });
}

/** Bodies made from valid ones: as they are, bent one to three times, or not an object at all. */
export function bentBodies(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<string> {
  const bentObject = valid.chain((body) => {
    const times = (entries: Entries, count: number): fc.Arbitrary<Entries> => (count === 0 ? fc.constant(entries) : bend(entries).chain((next) => times(next, count - 1)));
    const count = fc.oneof({ weight: 3, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constantFrom(2, 3) });
    return count.chain((n) => times((toJson(body) as JsonObject).entries, n)).map((entries) => jsonText(new JsonObject(entries)));
  });
  return fc.oneof(
    { weight: 1, arbitrary: valid.map((body) => jsonText(toJson(body))) },
    { weight: 8, arbitrary: bentObject },
    { weight: 1, arbitrary: fc.oneof(anyJson.map(jsonText), valid.map((body) => jsonText([toJson(body)])), fc.constantFrom('', '{', '{"a":1,}', '\u0000', 'nul', '{"a":1}{"b":2}')) },
  );
}
