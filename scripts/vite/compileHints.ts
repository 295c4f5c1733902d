import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chrome 136+; a plain comment elsewhere): with it on a file's first
 * line, V8 compiles every function of the file while the file streams in, off the main thread,
 * instead of compiling each on its first call, on the main thread, inside the task that calls it.
 * The app's chunks are fetched for code that runs at once (the page's hydration, the embedded
 * backend's start, a part the person is about to open), so most of their functions are called
 * soon after they arrive. See docs/decisions/compile-hints.md.
 */
export const compileHint = '//# allFunctionsCalledOnLoad\n';

export function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    // Last: after minification, which would drop the comment, and after Vite puts the map of a
    // chunk's dynamic imports on its first line.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && !output.code.startsWith(compileHint)) output.code = compileHint + output.code;
        }
      },
    },
  };
}
