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

// The classes keep static blocks, so tree-shaking alone would keep them.
const deadSections: readonly RegExp[] = [
  /\/interceptors\/lib\/browser\/interceptors\/WebSocket\/index\.mjs$/,
  /\/interceptors\/lib\/browser\/resolveWebSocketUrl-[\w-]+\.mjs$/,
  /\/interceptors\/lib\/browser\/fetch-[\w-]+\.mjs$/,
  /\/interceptors\/lib\/browser\/XMLHttpRequest-[\w-]+\.mjs$/,
  /^src\/browser\/sources\/fallback-http-source\.ts$/,
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

/** The code that can refer to a name: import statements, strings and line comments left out. */
function withoutImportsAndStrings(code: string): string {
  return code
    .replace(/^import [^;]*;/gm, '')
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""')
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
  const dead = sections.filter((section) => deadSections.some((pattern) => pattern.test(section.path)));
  if (dead.length !== deadSections.length) return { problem: `${dead.length} of ${deadSections.length} sections to remove were found` };
  const kept = sections.filter((section) => !dead.includes(section)).map((section) => section.text).join('');
  // A removed name still used would fail only at run time: fail the build instead.
  const references = withoutImportsAndStrings(kept);
  const stillUsed = dead.flatMap((section) => declaredNames(section.text)).filter((name) => new RegExp(`\\b${name}\\b`).test(references));
  if (stillUsed.length > 0) return { problem: `removed code is still used (${stillUsed.join(', ')})` };
  return kept;
}
