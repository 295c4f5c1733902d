import { resetSimulatorClock } from './clock';
import { clearSimulatorDb } from './db';
import { resetQuotas } from './quota';

/**
 * Forgets quota windows, authorization codes and issued app tokens, and restores the real clock.
 * A scenario set with setBigCommerceScenario stays: lift it with setBigCommerceScenario(null).
 */
export async function resetBigCommerceSimulator(): Promise<void> {
  resetQuotas();
  resetSimulatorClock();
  await clearSimulatorDb();
}
