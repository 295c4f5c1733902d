// Query keys of the activity log (no secret: the log never holds one).
export const activityKeys = {
  all: ['activity'] as const,
  pages: () => [...activityKeys.all, 'pages'] as const,
};
