// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * A CSS module that `composes` a class from another file makes Vite's postcss-modules insert that
 * file's CSS without a source, which the build reports as a PostCSS warning about `from` on every
 * build (issue 23: build without warnings). A component takes both classes instead (`cx`).
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const fromAnotherFile = /composes\s*:[^;]*\bfrom\s+['"]/;

describe('CSS modules', () => {
  it('compose classes of their own file only', () => {
    const files = readdirSync(`${root}/src`, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.module.css'));
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((file) => fromAnotherFile.test(readFileSync(`${root}/src/${file}`, 'utf8')))).toEqual([]);
  });
});
