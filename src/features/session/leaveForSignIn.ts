import { navigate } from 'wouter/use-browser-location';
import { leaveGuard } from '../../lib/leaveGuard';

/** What the sign-in page says about how the person got there (history.state: no secret). */
export type SignInReason = 'session-ended' | 'signed-out';

export function signInReasonOf(state: unknown): SignInReason | null {
  const reason = (state as { signInReason?: unknown } | null)?.signInReason;
  return reason === 'session-ended' || reason === 'signed-out' ? reason : null;
}

/**
 * Goes to a sign-in page without asking "Leave without saving?": the router's own navigate would
 * ask (GuardedRouter's aroundNav), this one goes around it, so no page is told to drop its draft.
 * A question already open closes unanswered.
 */
export function leaveForSignIn(to: string, reason?: SignInReason): void {
  if (leaveGuard.getPending()) leaveGuard.stay();
  navigate(to, { state: reason ? { signInReason: reason } : null });
}
