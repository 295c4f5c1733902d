/**
 * Builds the production bundle into bench-results/dist (its own folder, so a build here never
 * pulls dist/ from under an e2e run) and records which modules went into which chunk.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
  const { createBuilder } = await import('vite');
  const chunks = [];
  const recorder = {
    name: 'bench-chunk-recorder',
    apply: 'build',
    // The browser's chunks only: not the prerender's server entry.
    applyToEnvironment: (environment) => environment.name === 'client',
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
  // As `vite build` does: the whole app (the client, then the prerendered pages, when the config
  // has a server entry: see docs/decisions/prerender.md), or the client alone (older trees).
  const builder = await createBuilder({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...(minify ? {} : { minify: false }) },
    plugins: [recorder],
  });
  if (builder.environments.ssr?.config.build.rollupOptions?.input) await builder.buildApp();
  else await builder.build(builder.environments.client);
  const buildMs = Date.now() - started;
  writeReferencePage(outDir);
  await writeFloorPage(outDir);

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

/** The reference the first load is compared with: the same form as plain HTML, no script. */
export const referencePage = 'bench-reference.html';

/**
 * The built, prerendered /connections/new page without its scripts (the entry, the modulepreloads)
 * and without the notices that the app has not run: the form's own markup and stylesheet, as
 * plain HTML. A tree that does not prerender (to measure the code before it did) has no such
 * markup: bench/reference.html, a copy of it, stands in, with that build's stylesheet.
 */
function writeReferencePage(outDir) {
  const built = path.join(outDir, 'connections', 'new.html');
  let html = existsSync(built) ? readFileSync(built, 'utf8') : '';
  if (!html.includes('data-prerendered=')) html = readFileSync(new URL('../../bench/reference.html', import.meta.url), 'utf8');
  const stylesheet = readdirSync(path.join(outDir, 'assets')).find((name) => name.endsWith('.css'));
  const page = html
    .replace(/\s*<script\b[^>]*><\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/g, '')
    .replace(/\s*<p id="app-not-running"[^>]*>[^<]*<\/p>/g, '')
    .replace(/\/assets\/style-[^"]+\.css/, `/assets/${stylesheet}`);
  writeFileSync(path.join(outDir, referencePage), page);
}

/** The React floor: the reference with its Name input rendered by React + react-hook-form (bench/floor.js). */
export const floorPage = 'bench-floor.html';
const floorScript = 'bench-floor.js';

/**
 * Builds bench/floor.js with this repository's React and react-hook-form (whatever tree is being
 * measured) into the build's assets, and writes the floor page: the reference page plus that script.
 * The script is not one of the build's chunks, so no byte figure counts it.
 */
async function writeFloorPage(outDir) {
  const { build } = await import('vite');
  const here = new URL('../..', import.meta.url).pathname;
  await build({
    configFile: false,
    root: here,
    logLevel: 'warn',
    // Library mode leaves process.env alone; React picks its production build by it.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: path.join(outDir, 'assets'),
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry: path.join(here, 'bench', 'floor.js'), formats: ['es'], fileName: () => floorScript },
    },
  });
  const reference = readFileSync(path.join(outDir, referencePage), 'utf8');
  writeFileSync(path.join(outDir, floorPage), reference.replace('</body>', `<script type="module" src="/assets/${floorScript}"></script></body>`));
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
        if (rel === `assets/${floorScript}`) continue; // the bench's own page, not the app's
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
