// The owner account each test's server is started with (OWNER_EMAIL / OWNER_PASSWORD).
export const owner = { email: 'owner@example.com', password: 'lantern quietly sheds 7 moths' } as const;
