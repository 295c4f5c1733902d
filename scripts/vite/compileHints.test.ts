import { describe, expect, it } from 'vitest';
import { compileHint, compileHints } from './compileHints';

type Handler = (options: unknown, bundle: Record<string, { type: string; code?: string; source?: string }>) => void;

function generateBundle(bundle: Record<string, { type: string; code?: string; source?: string }>) {
  const hook = compileHints().generateBundle as { order: string; handler: Handler };
  expect(hook.order).toBe('post');
  hook.handler({}, bundle);
  return bundle;
}

describe('compileHints', () => {
  it("puts V8's compile hint on the first line of every chunk, before Vite's map of dynamic imports", () => {
    const bundle = generateBundle({
      'assets/index.js': { type: 'chunk', code: 'const __vite__mapDeps=()=>[];import"./a.js";' },
      'assets/react.js': { type: 'chunk', code: 'export const a=1;' },
    });
    expect(bundle['assets/index.js']?.code).toBe(`${compileHint}const __vite__mapDeps=()=>[];import"./a.js";`);
    expect(bundle['assets/react.js']?.code?.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
  });

  it('leaves stylesheets and other assets alone, and never adds the hint twice', () => {
    const bundle = generateBundle({
      'assets/style.css': { type: 'asset', source: 'a{color:red}' },
      'assets/app.js': { type: 'chunk', code: `${compileHint}export{}` },
    });
    expect(bundle['assets/style.css']?.source).toBe('a{color:red}');
    expect(bundle['assets/app.js']?.code).toBe(`${compileHint}export{}`);
  });
});
