/** What the chunk plugins (routeChunks.ts, mockChunks.ts) read of the module graph. */
export type ModuleInfo = { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
export type Context = { getModuleInfo(id: string): ModuleInfo };

/** The modules `starts` import statically, directly or not, themselves included. */
export function staticClosure(ctx: Context, ...starts: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const imported of ctx.getModuleInfo(id)?.importedIds ?? []) stack.push(imported);
  }
  return seen;
}

/**
 * A value computed once per build from the build's module ids (on the first call of `get`, when
 * chunks are assigned); spread `hooks` into the plugin.
 */
export function perBuild<T>(compute: (ctx: Context, moduleIds: readonly string[]) => T) {
  let moduleIds: string[] = [];
  let computed: { value: T } | undefined;
  return {
    hooks: {
      buildStart() {
        moduleIds = [];
        computed = undefined;
      },
      moduleParsed(info: { id: string }) {
        moduleIds.push(info.id);
      },
    },
    get(ctx: Context): T {
      computed ??= { value: compute(ctx, moduleIds) };
      return computed.value;
    },
  };
}
