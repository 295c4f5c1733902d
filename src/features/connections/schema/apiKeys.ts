import './zodConfig';
import { z } from 'zod/mini';
import { idSchema, isRecordId, nameSchemaOf, timestampSchema } from './common';
import { messages } from './messages';

// API keys (the server only): what lets another program call BigCommerce through the server's
// proxy with a saved connection, without ever seeing its token (docs/api.md, "API keys").

/** Every key's secret starts with this, so secret scanners can recognise a leaked one. */
export const apiKeySecretPrefix = 'bcw_';
/** The prefix, then 256 random bits in base64url (43 characters). */
export const apiKeySecretPattern = /^bcw_[A-Za-z0-9_-]{43}$/;

export const apiKeyAccessLevels = ['read', 'write'] as const;
export type ApiKeyAccess = (typeof apiKeyAccessLevels)[number];

export const apiKeyMessages = {
  nameRequired: 'Enter a name for this key, for example "Nightly order export".',
  nameTooLong: (length: number) => messages.nameTooLong(length),
  connectionsRequired: 'Choose the connections this key may use: all of them, or at least one.',
  tooManyConnections: 'Choose at most 500 connections, or "All connections".',
  accessRequired: 'Choose the access: Read (GET and HEAD only) or Read and write.',
  unknownConnections: (count: number) =>
    `${count === 1 ? 'One chosen connection no longer exists' : `${count} chosen connections no longer exist`}. Reload the page and choose again.`,
} as const;

/** "all" (today's connections and any made later) or the IDs of chosen ones. */
export const apiKeyConnectionsSchema = z.union(
  [
    z.literal('all'),
    z.array(idSchema).check(
      z.minLength(1, apiKeyMessages.connectionsRequired),
      z.maxLength(500, apiKeyMessages.tooManyConnections),
      // An ID no connection can have (a control character, 60 kB) is one that no longer exists, said before any lookup.
      z.refine((ids: string[]) => ids.every(isRecordId), { error: (issue) => apiKeyMessages.unknownConnections((issue.input as string[]).filter((id) => !isRecordId(id)).length) }),
    ),
  ],
  { error: apiKeyMessages.connectionsRequired },
);

/** The body of POST /api/api-keys. */
export const apiKeyInputSchema = z.object({
  name: nameSchemaOf({ label: 'name', required: apiKeyMessages.nameRequired }),
  connections: apiKeyConnectionsSchema,
  access: z.enum(apiKeyAccessLevels, { error: apiKeyMessages.accessRequired }),
});
export type ApiKeyInput = z.input<typeof apiKeyInputSchema>;

/** A key as the API shows it: never its secret, only the last four characters to tell keys apart. */
export const apiKeySchema = z.object({
  id: idSchema,
  name: z.string(),
  connections: z.union([z.literal('all'), z.array(idSchema)]),
  access: z.enum(apiKeyAccessLevels),
  /** `bcw_…` and the secret's last four characters. */
  hint: z.string(),
  createdAt: timestampSchema,
  lastUsedAt: z.nullable(timestampSchema),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

/** 201 of POST /api/api-keys: the secret, this once. */
export const apiKeyCreatedSchema = z.object({ key: apiKeySchema, secret: z.string().check(z.regex(apiKeySecretPattern)) });
export type ApiKeyCreated = z.infer<typeof apiKeyCreatedSchema>;

export const apiKeyListSchema = z.object({ keys: z.array(apiKeySchema) });

/** Does `key` open `connectionId`? */
export function keyOpensConnection(key: { readonly connections: 'all' | readonly string[] }, connectionId: string): boolean {
  return key.connections === 'all' || key.connections.includes(connectionId);
}
