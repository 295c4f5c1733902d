import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/**
 * What `npm ci --omit=dev` installs stays an import (the native better-sqlite3 among them); every
 * other import (server/, core/, the simulator, the shared schemas, any dev package) is bundled,
 * so the compiled server never reaches for a package a production install lacks.
 */
export const runtimePackages: readonly string[] = Object.keys(manifest.dependencies);

export interface BundledServer {
  readonly file: string;
  readonly bytes: number;
  /** Packages from node_modules inside the bundle. */
  readonly bundledPackages: readonly string[];
  /** What the bundle still imports at run time: Node's modules and runtimePackages. */
  readonly imports: readonly string[];
}

/** server/main.ts and all it imports, as one ES module for Node: `OUT_DIR/server.js`. */
export async function bundleServer(outDir: string): Promise<BundledServer> {
  const file = path.join(outDir, 'server.js');
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['server/main.ts'],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: runtimePackages.flatMap((name) => [name, `${name}/*`]),
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const bundledPackages = [...new Set(inputs.flatMap((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? []))].sort();
  const output = result.metafile.outputs[path.relative(root, file)];
  const imports = [...new Set(output?.imports.filter((entry) => entry.external).map((entry) => entry.path))].sort();
  return { file, bytes: output?.bytes ?? 0, bundledPackages, imports };
}
