import { observe, reserve, reserveBackground, unknownBudget, type BudgetState, type Observation, type Reservation } from './budgetRules';

/** Each store's quota budget (budgetRules.ts), kept where every server calling the store sees it. */
export interface StoreBudget {
  reserve(storeHash: string): Promise<Reservation>;
  /** `count` requests for a background check: at most a fifth of a window, from what callers left. */
  reserveBackground(storeHash: string, count: number): Promise<Reservation>;
  observe(storeHash: string, observation: Observation): Promise<void>;
}

/** One server's budget, in its memory: enough when it is the only one (SQLite). */
export function memoryBudget(now: () => number = Date.now): StoreBudget & { state(storeHash: string): BudgetState } {
  const states = new Map<string, BudgetState>();
  const stateOf = (storeHash: string) => states.get(storeHash) ?? unknownBudget;
  return {
    state: stateOf,
    async reserve(storeHash) {
      const step = reserve(stateOf(storeHash), now());
      states.set(storeHash, step.state);
      return step.reservation;
    },
    async reserveBackground(storeHash, count) {
      const step = reserveBackground(stateOf(storeHash), now(), count);
      states.set(storeHash, step.state);
      return step.reservation;
    },
    async observe(storeHash, observation) {
      states.set(storeHash, observe(stateOf(storeHash), now(), observation));
    },
  };
}
