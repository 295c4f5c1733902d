/** Where the server's messages go (`console` fits). Never given a secret or a key. */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
}
