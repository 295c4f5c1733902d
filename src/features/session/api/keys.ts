// Query keys of the session feature. The session answer names the owner's email and two times: no secret.
export const sessionKeys = {
  current: () => ['session'] as const,
};
