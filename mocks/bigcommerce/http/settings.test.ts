// @vitest-environment node
import { readSimulatorSettings } from './settings';

function failure(env: Record<string, string>): string {
  try {
    readSimulatorSettings(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('readSimulatorSettings accepted the environment');
}

describe('readSimulatorSettings (SIMULATOR_QUOTA, SIMULATOR_NEIGHBOR)', () => {
  it('defaults to each store’s plan and no neighbour; empty counts as unset', () => {
    expect(readSimulatorSettings({})).toEqual({ quota: undefined, neighbor: 0 });
    expect(readSimulatorSettings({ SIMULATOR_QUOTA: '', SIMULATOR_NEIGHBOR: '' })).toEqual({ quota: undefined, neighbor: 0 });
  });

  it('reads REQUESTS/WINDOW_MS and a neighbour', () => {
    expect(readSimulatorSettings({ SIMULATOR_QUOTA: '20/1000', SIMULATOR_NEIGHBOR: '5' })).toEqual({ quota: { requests: 20, windowMs: 1000 }, neighbor: 5 });
    expect(readSimulatorSettings({ SIMULATOR_QUOTA: '150/30000' }).quota).toEqual({ requests: 150, windowMs: 30_000 });
    expect(readSimulatorSettings({ SIMULATOR_NEIGHBOR: '150' }).neighbor).toBe(150);
  });

  it.each(['20', '20/', '/1000', '0/1000', '20/99', '20/1000ms', '-5/1000', '2.5/1000', '20 / 1000', '100001/1000', '20/3600001'])(
    'refuses SIMULATOR_QUOTA=%j, naming it, the value and the format',
    (value) => {
      const message = failure({ SIMULATOR_QUOTA: value });
      expect(message).toContain('The simulator cannot start');
      expect(message).toContain(`SIMULATOR_QUOTA must be every store's quota as REQUESTS/WINDOW_MS, such as 20/1000`);
      expect(message).toContain(`(got ${JSON.stringify(value)})`);
    },
  );

  it.each(['-1', '1.5', 'five', '5 '])('refuses SIMULATOR_NEIGHBOR=%j', (value) => {
    expect(failure({ SIMULATOR_NEIGHBOR: value })).toContain(`SIMULATOR_NEIGHBOR must be a whole number of requests per window`);
  });

  it('refuses a neighbour that takes more than the quota, and names both bad variables at once', () => {
    expect(failure({ SIMULATOR_QUOTA: '20/1000', SIMULATOR_NEIGHBOR: '21' })).toContain("SIMULATOR_NEIGHBOR (21) must be at most the quota's 20 requests per window (SIMULATOR_QUOTA).");
    expect(failure({ SIMULATOR_NEIGHBOR: '151' })).toContain("at most the quota's 150 requests per window.");
    const both = failure({ SIMULATOR_QUOTA: 'x', SIMULATOR_NEIGHBOR: 'y' });
    expect(both).toContain('SIMULATOR_QUOTA must');
    expect(both).toContain('SIMULATOR_NEIGHBOR must');
  });
});
