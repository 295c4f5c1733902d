/**
 * Real time, moved ahead by `advance`: for a server's background loops, whose rows are also
 * written with Date.now (a change's events, a test event), which stay due by this clock.
 */
export function shiftedClock() {
  let ahead = 0;
  return { now: () => Date.now() + ahead, advance: (ms: number) => void (ahead += ms) };
}
