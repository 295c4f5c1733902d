// The simulator's one time source. Tests swap it to move quota windows and code expiry
// without sleeping; resetBigCommerceSimulator() puts the real clock back.

/** Milliseconds since the Unix epoch, like Date.now(). */
export type SimulatorClock = () => number;

const systemClock: SimulatorClock = () => Date.now();
let clock: SimulatorClock = systemClock;

export function setSimulatorClock(next: SimulatorClock): void {
  clock = next;
}

export function resetSimulatorClock(): void {
  clock = systemClock;
}

export function now(): number {
  return clock();
}
