/** The server build's own pages. The server sends a person without a session to the first two. */
export const sessionPagePaths = {
  signIn: '/sign-in',
  setup: '/setup',
  changePassword: '/account/password',
  activity: '/activity',
} as const;
