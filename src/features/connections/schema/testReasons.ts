// Why a connection test failed: in a test's result and in an offline connection's status.
export const testFailureReasons = [
  'unauthorized', // wrong token or client: marks Access token / Password
  'store_not_found', // unknown store hash: marks Store hash
  'missing_scope', // names the BigCommerce scope and its UI name
  'rate_limited', // says when to retry
  'unavailable', // BigCommerce answered 5xx
  'timeout', // no answer within the time limit
  'network', // BigCommerce could not be reached
  'not_authorized', // an OAuth 2.0 connection with no token yet
] as const;
export type TestFailureReason = (typeof testFailureReasons)[number];
