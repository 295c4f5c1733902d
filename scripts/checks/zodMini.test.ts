// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The schemas are zod/mini (docs/decisions/zod-mini.md). One import of classic 'zod' in code the
 * browser loads would bring its 25 kB back into the build without any other sign.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const classicImport = /(?:from|import\()\s*['"]zod['"]/;

function sourcesIn(folder: string): string[] {
  return readdirSync(`${root}/${folder}`, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => `${folder}/${file}`);
}

describe('zod', () => {
  it('is imported as zod/mini, never as classic zod', () => {
    const files = ['src', 'mocks', 'core', 'server'].flatMap(sourcesIn);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => classicImport.test(readFileSync(`${root}/${file}`, 'utf8')))).toEqual([]);
  });
});
