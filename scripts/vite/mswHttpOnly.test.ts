// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mswHttpOnly } from './mswHttpOnly';

type Load = (this: unknown, id: string) => string | null;

describe('mswHttpOnly', () => {
  const load = mswHttpOnly().load as Load;

  it("gives msw's request handlers no call frame: no Error and no stack parsed per handler", () => {
    const stub = load.call({}, '/work/node_modules/msw/lib/core/utils/internal/getCallFrame.mjs');
    expect(stub).toContain('export function getCallFrame()');
    const getCallFrame = new Function(`${(stub ?? '').replace('export ', '')}; return getCallFrame;`)() as (error: Error) => string | undefined;
    expect(getCallFrame(new Error('at /work/mocks/backend/demo.ts:1:1'))).toBeUndefined();
  });

  it('loads every other module as it is', () => {
    expect(load.call({}, '/work/node_modules/msw/lib/core/handlers/RequestHandler.mjs')).toBeNull();
    expect(load.call({}, '/work/src/lib/getCallFrame.mjs')).toBeNull();
  });
});
