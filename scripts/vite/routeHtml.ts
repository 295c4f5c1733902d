import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/**
 * Every other page shows data at once, so index.html preloads the embedded mock backend's chunks
 * and the zod schemas that parse its answers alongside the entry, instead of after it has run
 * (see src/main.tsx and src/features/connections/schema/load.ts).
 *
 * Emits `connections/new.html`: index.html plus `<link rel="modulepreload">` for the panel's
 * chunks, so that a first visit to /connections/new fetches them together with the entry instead
 * of after it has run (one round trip less before the form paints; on Lighthouse's slow 4G the
 * difference between a performance score of 96 and 98). `vite preview`, like most static hosts,
 * serves `/connections/new` from `connections/new.html`; every other path still gets index.html.
 */
const panelFacade = /[\\/]src[\\/]features[\\/]connections[\\/]form[\\/]ConnectionPanel\.tsx$/;
const backendFacade = /[\\/]mocks[\\/]browser\.ts$/;
const contractFacade = /[\\/]src[\\/]features[\\/]connections[\\/]schema[\\/]index\.ts$/;
const head = /\n([ \t]*)<\/head>/;

function staticChunks(bundle: OutputBundle, start: OutputChunk): string[] {
  const files: string[] = [];
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (files.includes(fileName) || !chunk || chunk.type !== 'chunk') return;
    files.push(fileName);
    chunk.imports.forEach(visit);
  };
  visit(start.fileName);
  return files;
}

export function routeHtml(): Plugin {
  let mode = 'production';
  return {
    name: 'route-html',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      mode = config.mode;
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      const facade = (pattern: RegExp) =>
        Object.values(bundle).find((output): output is OutputChunk => output.type === 'chunk' && pattern.test(output.facadeModuleId ?? ''));
      const panel = facade(panelFacade);
      const backend = facade(backendFacade);
      const contract = facade(contractFacade);
      // The server build has no mock backend: its pages preload the schemas alone.
      const withBackend = mode !== 'server';
      if (!index || index.type !== 'asset' || !panel || (withBackend && !backend) || !contract) {
        this.error('route-html: index.html, or the chunk of the panel, the mock backend or the schemas, is missing from the build.');
      }
      const html = String(index.source);
      if (!head.test(html)) this.error('route-html: index.html has no </head>.');
      const withPreloads = (...starts: OutputChunk[]) => {
        const links = [...new Set(starts.flatMap((start) => staticChunks(bundle, start)))]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`)
          .join('');
        return html.replace(head, (_end, indent: string) => `\n${links}${indent}</head>`);
      };
      this.emitFile({ type: 'asset', fileName: 'connections/new.html', source: withPreloads(panel) });
      index.source = backend && withBackend ? withPreloads(backend, contract) : withPreloads(contract);
    },
  };
}
