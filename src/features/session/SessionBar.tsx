import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { sessionQuery } from './api/getSession';
import { AccountMenu } from './AccountMenu';
import { isSignedOutPage } from './paths';
import { useSessionEndRedirect } from './useSessionEndRedirect';

/**
 * The header's right-hand side on the server: who is signed in, and the account menu. Nothing
 * until the session query has answered (a prerendered header is the same with or without it), and
 * nothing on the sign-in and setup pages, which need no session (and would log its 401).
 */
export function SessionBar() {
  const [location] = useLocation();
  useSessionEndRedirect();
  const signedOutPage = isSignedOutPage(location);
  const session = useQuery({ ...sessionQuery(), enabled: !signedOutPage });
  if (signedOutPage || !session.data) return null;
  return <AccountMenu email={session.data.email} />;
}
