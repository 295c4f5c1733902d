/**
 * A reason the server must not start (a bad setting, a key that does not match the data). Its
 * message is written for the person running the server: print it as is and exit non-zero.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}
