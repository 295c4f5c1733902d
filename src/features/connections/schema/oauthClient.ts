import './zodConfig';
import { z } from 'zod/mini';
import { clientIdSchema, idSchema, nameSchemaOf, secretSchema, storedSecretSchema, timestampSchema } from './common';
import { messages } from './messages';

/** The body of POST /api/oauth-clients and PUT /api/oauth-clients/:id; the secret is always required. */
export const oauthClientInputSchema = z.object({
  name: nameSchemaOf({ label: 'name', required: messages.clientNameRequired }),
  clientId: clientIdSchema('client ID'),
  clientSecret: secretSchema('client secret', messages.clientSecretRequired),
});
export type OAuthClientInput = z.output<typeof oauthClientInputSchema>;
export type OAuthClientFormValues = z.input<typeof oauthClientInputSchema>;

export const oauthClientSchema = z.object({
  id: idSchema,
  name: z.string(),
  clientId: z.string(),
  clientSecret: storedSecretSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type OAuthClient = z.infer<typeof oauthClientSchema>;

export const oauthClientListSchema = z.object({ clients: z.array(oauthClientSchema) });
