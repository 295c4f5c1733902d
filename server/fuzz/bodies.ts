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

/** A string made from `value`: characters inserted, its other normalisation form, long, or anything. */
export const bentString = (value: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...controls, ...directionMarks, ...oddSpaces, ...halves), fc.nat(value.length)).map(([odd, at]) => value.slice(0, at) + odd + value.slice(at)),
    fc.constantFrom(value.normalize('NFD'), value.normalize('NFKD'), `${value}e\u0301\u0301`, `  ${value}\u00a0 `, value.toUpperCase(), ''),
    fc.constantFrom(100, 101, 128, 129, 256, 257, 512, 513, 4096, 30_000).map((length) => value.padEnd(length, value || 'x').slice(0, length)),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...controls, ...halves, ...directionMarks, 'a', 'é'), maxLength: 20 }),
  );

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

/** One change to a body's entries. */
function bend(entries: ReadonlyArray<readonly [string, Json]>): fc.Arbitrary<Array<readonly [string, Json]>> {
  const keys = entries.map(([key]) => key);
  const at = fc.nat(Math.max(0, entries.length - 1));
  const replaced = (index: number, value: Json) => entries.map((entry, i) => (i === index ? ([entry[0], value] as const) : entry));
  const stringAt = (index: number) => {
    const value = entries[index]?.[1];
    return typeof value === 'string' ? value : '';
  };
  const arrayBent = (index: number): fc.Arbitrary<Json> => {
    const value = entries[index]?.[1];
    if (!Array.isArray(value)) return anyJson;
    return fc.oneof<Array<fc.Arbitrary<Json>>>(
      fc.tuple(bentString(typeof value[0] === 'string' ? value[0] : ''), fc.nat(value.length)).map(([odd, i]) => [...value.slice(0, i), odd, ...value.slice(i)]),
      fc.constant([...value, ...value]),
      fc.integer({ min: 100, max: 2_000 }).map((count) => Array.from({ length: count }, (): Json => value[0] ?? null)),
      anyJson.map((odd) => [odd, ...value]),
    );
  };
  const moves: Array<fc.Arbitrary<Array<readonly [string, Json]>>> = [
    fc.tuple(fc.constantFrom(...specialKeys), fc.oneof(anyJson, fc.constant<Json>(pollution))).map(([key, value]) => [...entries, [key, value] as const]),
    fc.tuple(fc.string({ unit: 'binary', maxLength: 12 }), anyJson).map(([key, value]) => [[key, value] as const, ...entries]),
  ];
  if (entries.length === 0) return fc.oneof(...moves);
  return fc.oneof(
    ...moves,
    at.chain((index) => bentString(stringAt(index)).map((value) => replaced(index, value))),
    at.chain((index) => arrayBent(index).map((value) => replaced(index, value))),
    at.chain((index) => anyJson.map((value) => replaced(index, value))),
    at.map((index) => entries.filter((_, i) => i !== index)),
    at.chain((index) => fc.tuple(fc.boolean(), bentString(stringAt(index))).map(([first, value]) => {
      const twin = [keys[index] ?? '', value] as const;
      return first ? [twin, ...entries] : [...entries, twin];
    })),
  );
}

/** Bodies made from valid ones: as they are, bent one to three times, or not an object at all. */
export function bentBodies(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<string> {
  const bentObject = valid.chain((body) => {
    const start = (toJson(body) as JsonObject).entries.slice();
    const times = (entries: Array<readonly [string, Json]>, count: number): fc.Arbitrary<Array<readonly [string, Json]>> =>
      count === 0 ? fc.constant(entries) : bend(entries).chain((next) => times(next, count - 1));
    return fc.integer({ min: 1, max: 3 }).chain((count) => times(start, count)).map((entries) => jsonText(new JsonObject(entries)));
  });
  return fc.oneof(
    { weight: 2, arbitrary: valid.map((body) => jsonText(toJson(body))) },
    { weight: 7, arbitrary: bentObject },
    { weight: 1, arbitrary: fc.oneof(anyJson.map(jsonText), valid.map((body) => jsonText([toJson(body)])), fc.constantFrom('', '{', '{"a":1,}', '\u0000', 'nul', '{"a":1}{"b":2}')) },
  );
}
