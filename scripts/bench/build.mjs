/**
 * Builds the production bundle into bench-results/dist (its own folder, so a build here never
 * pulls dist/ from under an e2e run) and records which modules went into which chunk.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const gzipSize = (buffer) => zlib.gzipSync(buffer).length; // zlib's default level (6), as servers use

/** The package a module comes from ("react-dom", "@tanstack/query-core") or its folder in the repo. */
export function moduleGroup(id, root) {
  const clean = id.replace(/^\0/, '').split('?')[0];
  const nm = clean.lastIndexOf('/node_modules/');
  if (nm !== -1) {
    const parts = clean.slice(nm + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (clean.startsWith(root + '/')) {
    const parts = clean.slice(root.length + 1).split('/');
    // src/features/connections/schema/..., mocks/backend/..., src/ui/Field.tsx
    return parts.slice(0, parts[0] === 'src' && parts[1] === 'features' ? 4 : 2).join('/');
  }
  return clean.startsWith('vite/') || clean.includes('vite') ? 'vite runtime' : clean;
}

/** Is this module the mock backend's (mocks/ or msw itself)? */
export const isMockModule = (id, root) => id.startsWith(`${root}/mocks/`) || /\/node_modules\/(msw|@mswjs)\//.test(id);
const isAppSourceModule = (id, root) => id.startsWith(`${root}/src/`);

export async function buildForBench({ root, outDir, minify = true }) {
  const { build } = await import('vite');
  const chunks = [];
  const recorder = {
    name: 'bench-chunk-recorder',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const ids = Object.keys(output.modules);
        const mock = ids.some((id) => isMockModule(id, root));
        const app = ids.some((id) => isAppSourceModule(id, root));
        const groups = new Map();
        for (const [id, info] of Object.entries(output.modules)) {
          const group = moduleGroup(id, root);
          groups.set(group, (groups.get(group) ?? '') + (info.code ?? ''));
        }
        chunks.push({
          file: output.fileName,
          kind: mock && app ? 'mixed' : mock ? 'mock' : 'app',
          isEntry: output.isEntry,
          isDynamicEntry: output.isDynamicEntry,
          facade: output.facadeModuleId ? path.relative(root, output.facadeModuleId) : null,
          css: [...(output.viteMetadata?.importedCss ?? [])],
          imports: output.imports,
          dynamicImports: output.dynamicImports,
          // Module code before minification: used only for each group's share of the chunk.
          groups: [...groups].map(([name, code]) => ({ name, rawGzip: gzipSize(code) })),
        });
      }
    },
  };
  const started = Date.now();
  await build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...(minify ? {} : { minify: false }) },
    plugins: [recorder],
  });
  const buildMs = Date.now() - started;

  // Sizes of what was written, and each module group's estimated share of its chunk's gzip size.
  for (const chunk of chunks) {
    const code = readFileSync(path.join(outDir, chunk.file));
    chunk.bytes = code.length;
    chunk.gzip = gzipSize(code);
    const total = chunk.groups.reduce((sum, group) => sum + group.rawGzip, 0) || 1;
    chunk.groups = chunk.groups
      .map((group) => ({ name: group.name, approxGzip: Math.round((group.rawGzip / total) * chunk.gzip) }))
      .sort((a, b) => b.approxGzip - a.approxGzip);
  }
  const files = distFiles(outDir, chunks);
  return { buildMs, chunks, files, kinds: new Map(files.map((file) => [file.file, file.kind])) };
}

/** Every .js and .css file in the build, classified app / mock. */
function distFiles(outDir, chunks) {
  const byFile = new Map(chunks.map((chunk) => [chunk.file, chunk]));
  // A stylesheet is the mock backend's when only mock chunks import it.
  const cssImporters = new Map();
  for (const chunk of chunks) for (const css of chunk.css) cssImporters.set(css, [...(cssImporters.get(css) ?? []), chunk.kind]);
  const kindOf = (rel) => {
    if (rel === 'mockServiceWorker.js') return 'mock';
    if (byFile.has(rel)) return byFile.get(rel).kind;
    const importers = cssImporters.get(rel);
    return importers && importers.every((kind) => kind === 'mock') ? 'mock' : 'app';
  };
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(m?js|css)$/.test(name)) {
        const rel = path.relative(outDir, full).split(path.sep).join('/');
        const body = readFileSync(full);
        const kind = kindOf(rel);
        files.push({ file: rel, type: name.endsWith('.css') ? 'css' : 'js', kind, bytes: body.length, gzip: gzipSize(body) });
      }
    }
  };
  walk(outDir);
  return files;
}

export function buildTotals(files) {
  const sum = (filter) => files.filter(filter).reduce((total, file) => total + file.gzip, 0);
  return {
    app: { jsGzip: sum((f) => f.type === 'js' && f.kind !== 'mock'), cssGzip: sum((f) => f.type === 'css' && f.kind !== 'mock') },
    demo: { jsGzip: sum((f) => f.type === 'js'), cssGzip: sum((f) => f.type === 'css') },
    mock: { jsGzip: sum((f) => f.type === 'js' && f.kind === 'mock') },
  };
}
