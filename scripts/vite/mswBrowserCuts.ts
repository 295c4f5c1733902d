/**
 * The edits to msw/lib/browser/index.mjs (a bundle whose inlined packages each start with a
 * `// <path>` comment): two expressions replaced, then the sections only they used removed.
 */
const edits: readonly { readonly what: string; readonly find: RegExp; readonly replace: string }[] = [
  {
    what: "the WebSocket interceptor in worker.start()'s sources",
    find: /,\s*new InterceptorSource2\(\{\s*interceptors: \[new WebSocketInterceptor\(\)\]\s*\}\)/g,
    replace: '',
  },
  {
    what: 'the fallback mode without a service worker',
    find: /new FallbackHttpSource\(\{\s*quiet: options\?\.quiet\s*\}\)/g,
    replace: '(() => { throw new Error("The embedded backend needs service workers, which this page cannot use."); })()',
  },
];

// Sections only the removed code used. Their classes keep static blocks and top-level calls, so
// tree-shaking alone would keep them.
const deadSections: readonly RegExp[] = [
  /\/interceptors\/lib\/browser\/interceptors\/WebSocket\/index\.mjs$/,
  /\/interceptors\/lib\/browser\/resolveWebSocketUrl-[\w-]+\.mjs$/,
  /\/interceptors\/lib\/browser\/fetch-[\w-]+\.mjs$/,
  /\/interceptors\/lib\/browser\/XMLHttpRequest-[\w-]+\.mjs$/,
  /\/interceptors\/lib\/browser\/hasConfigurableGlobal-[\w-]+\.mjs$/,
  /\/interceptors\/lib\/browser\/createRequestId-[\w-]+\.mjs$/,
  /\/interceptors\/lib\/browser\/handleRequest-[\w-]+\.mjs$/,
  /\/interceptors\/lib\/browser\/bufferUtils-[\w-]+\.mjs$/,
  /\/strict-event-emitter\/lib\/index\.mjs$/,
  /\/@open-draft\/logger\/lib\/index\.mjs$/,
  /\/@open-draft\/until\/lib\/index\.mjs$/,
  /\/rettime\/build\/lens-list\.mjs$/,
  /\/@open-draft\+deferred-promise@2\.[\d.]+\/.*\/build\/index\.mjs$/,
  /^src\/browser\/sources\/fallback-http-source\.ts$/,
];

// Packages the bundle inlines a copy of, while msw's core modules import the package itself: the
// browser build takes them from the package too, so there is one copy.
const sharedSections: readonly { readonly section: RegExp; readonly imports: string }[] = [
  { section: /\/outvariant\/lib\/index\.mjs$/, imports: 'import { invariant } from "outvariant";' },
  { section: /\/is-node-process\/lib\/index\.mjs$/, imports: 'import { isNodeProcess } from "is-node-process";' },
  { section: /\/until-async\/lib\/index\.js$/, imports: 'import { until } from "until-async";' },
  { section: /\/rettime\/build\/index\.mjs$/, imports: 'import { Emitter as Emitter2, TypedEvent } from "rettime";' },
  { section: /\/interceptors\/lib\/browser\/getRawRequest-[\w-]+\.mjs$/, imports: 'import { FetchResponse } from "@mswjs/interceptors";' },
  {
    section: /\/@open-draft\+deferred-promise@3\.[\d.]+\/.*\/build\/index\.mjs$/,
    imports: 'import { DeferredPromise as DeferredPromise2 } from "@open-draft/deferred-promise";',
  },
];

interface Section {
  readonly path: string;
  readonly text: string;
}

function sectionsOf(code: string): Section[] {
  return code.split(/^(?=\/\/ )/m).map((text) => ({ path: /^\/\/ (\S+)/.exec(text)?.[1] ?? '', text }));
}

/** The names a section declares at its top level (`var x`, `function x`, `import { a as x }`). */
function declaredNames(text: string): string[] {
  const declarations = [...text.matchAll(/^(?:var|let|const|class|function|async function) (\w+)/gm)].map((match) => match[1] ?? '');
  const imports = [...text.matchAll(/^import \{([^}]*)\}/gm)].flatMap((match) =>
    (match[1] ?? '').split(',').map((part) => part.trim().split(/\s+as\s+/).pop() ?? '').filter(Boolean),
  );
  return [...declarations, ...imports];
}

/** The code that can refer to a name: import statements, comments and strings left out. */
function withoutImportsAndStrings(code: string): string {
  return code
    .replace(/^import [^;]*;/gm, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""')
    .replace(/^\s*\/\/.*$/gm, '');
}

export function cutBrowserEntry(code: string): string | { problem: string } {
  let edited = code;
  for (const { what, find, replace } of edits) {
    const found = edited.match(find)?.length ?? 0;
    if (found !== 1) return { problem: `${what} was found ${found} times` };
    edited = edited.replace(find, replace);
  }
  const sections = sectionsOf(edited);
  const cuts = [...deadSections.map((section) => ({ section, imports: '' })), ...sharedSections];
  const replaced = new Map<Section, string>();
  for (const { section, imports } of cuts) {
    const found = sections.filter((candidate) => section.test(candidate.path));
    if (found.length !== 1) return { problem: `the section ${String(section)} was found ${found.length} times` };
    replaced.set(found[0] as Section, imports);
  }
  const kept = sections.map((section) => (replaced.has(section) ? `${replaced.get(section) ?? ''}\n` : section.text)).join('');
  // A removed name still used would fail only at run time: fail the build instead.
  const references = withoutImportsAndStrings(kept);
  const imported = new Set(declaredNames([...replaced.values()].join('\n')));
  const stillUsed = [...replaced.keys()]
    .flatMap((section) => declaredNames(section.text))
    .filter((name) => !imported.has(name) && new RegExp(`(?<![.#\\w$])${name}(?![\\w$]|\\s*:)`).test(references));
  if (stillUsed.length > 0) return { problem: `removed code is still used (${stillUsed.join(', ')})` };
  return kept;
}
