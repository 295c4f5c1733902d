// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree, type DependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

/*
 * No import circles anywhere in the project's own code (docs/decisions/import-circles.md). dpdm
 * reads every module with TypeScript's parser and resolves its imports; a circle through a
 * type-only import (`import type`) or a dynamic `import()` counts too: either way two modules
 * cannot be understood, moved or loaded one without the other.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const folders = ['src', 'mocks', 'core', 'server', 'e2e', 'scripts'];
const sources = [...folders.map((folder) => `${folder}/**/*.{ts,tsx,mts,mjs,js}`), '*.{ts,mjs,js}'];

/** Known circles, as [issuer, imported] patterns (regular expressions) of the one import left out. */
const knownCircles: [string, string][] = [];

function parse(context: string, globs: string[]): Promise<DependencyTree> {
  return parseDependencyTree(globs, {
    cwd: context,
    context,
    // `.d.ts`: e2e/mock-backend.d.ts declares a module that specs import as './mock-backend'.
    extensions: ['', '.ts', '.tsx', '.d.ts', '.mts', '.mjs', '.js', '.json'],
    transform: false, // keep type-only imports
    skipDynamicImports: false,
  });
}

const circlesOf = (tree: DependencyTree, skip: [string, string][] = []) => parseCircular(tree, false, skip).map((circle) => circle.join(' -> '));

describe('import circles', () => {
  it('none in src/, mocks/, core/, server/, e2e/, scripts/ or the root configs', async () => {
    const tree = await parse(root, sources);
    const ours = Object.keys(tree).filter((id) => !id.startsWith('node_modules/'));
    // The check sees the whole project (a glob that matched nothing would pass vacuously)...
    expect(ours.length).toBeGreaterThan(250);
    // ...and every relative import resolved (an edge it cannot resolve, it cannot follow).
    const unresolved = Object.values(tree)
      .flatMap((dependencies) => dependencies ?? [])
      .filter((dependency) => dependency.id === null && dependency.request.startsWith('.'))
      .map((dependency) => `${dependency.issuer}: ${dependency.request}`);
    expect(unresolved).toEqual([]);
    expect(circlesOf(tree, knownCircles)).toEqual([]);
  }, 60_000); // parses some 300 files: seconds on a busy machine

  it('finds a circle whose one side is a type-only import', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-circles-'));
    try {
      await writeFile(join(dir, 'a.ts'), "import type { B } from './b';\nexport const a = 1;\nexport type A = B;\n");
      await writeFile(join(dir, 'b.ts'), "import { a } from './a';\nexport type B = typeof a;\n");
      await writeFile(join(dir, 'c.ts'), "export const c = () => import('./d');\n");
      await writeFile(join(dir, 'd.ts'), "import { c } from './c';\nexport const d = c;\n");
      const tree = await parse(dir, ['*.ts']);
      const members = parseCircular(tree).map((circle) => [...circle].sort().join(' + '));
      expect(members.sort()).toEqual(['a.ts + b.ts', 'c.ts + d.ts']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
