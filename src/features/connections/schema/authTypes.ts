export const authTypes = ['oauth2', 'basic', 'token'] as const;
export type AuthType = (typeof authTypes)[number];
