import './zodConfig';
import { z } from 'zod/mini';
import { fieldText } from './fields';
import { messages } from './messages';
import {
  clientIdSchema,
  idSchema,
  nameSchema,
  recordIdSchema,
  secretSchema,
  storeHashSchema,
  storedSecretSchema,
  timestampSchema,
} from './common';
import { connectionStateNames } from './listLimits';
import { scopesSchema } from './scopes';
import { testFailureReasons } from './testReasons';

const sharedShape = { name: nameSchema };

// Branches without the shared fields: the form intersects them with the shared shape so that a
// missing auth type does not hide the other errors.
const oauth2Branch = z.object({
  authType: z.literal('oauth2'),
  storeHash: storeHashSchema,
  oauthClientId: recordIdSchema(messages.oauthClientRequired, messages.oauthClientUnknown),
  scopes: scopesSchema,
});
const basicBranch = z.object({
  authType: z.literal('basic'),
  username: clientIdSchema(fieldText.username.label.toLowerCase()),
  password: secretSchema(fieldText.password.label.toLowerCase()),
  storeHash: storeHashSchema,
});
const tokenBranch = z.object({
  authType: z.literal('token'),
  accessToken: secretSchema(fieldText.accessToken.label.toLowerCase()),
  clientId: clientIdSchema('client ID'),
  storeHash: storeHashSchema,
});

const unionOptions = { error: (issue: { code: string }) => (issue.code === 'invalid_union' ? messages.authTypeRequired : undefined) };

export const oauth2ConnectionInputSchema = z.extend(oauth2Branch, sharedShape);
export const basicConnectionInputSchema = z.extend(basicBranch, sharedShape);
export const tokenConnectionInputSchema = z.extend(tokenBranch, sharedShape);

/** The body of POST /api/connections and PUT /api/connections/:id. */
export const connectionInputSchema = z.discriminatedUnion(
  'authType',
  [oauth2ConnectionInputSchema, basicConnectionInputSchema, tokenConnectionInputSchema],
  unionOptions,
);
export type ConnectionInput = z.output<typeof connectionInputSchema>;

/** The panel's schema: the same rules, reporting the shared fields even before an auth type is chosen. */
export const connectionFormSchema = z.intersection(
  z.object(sharedShape),
  z.discriminatedUnion('authType', [oauth2Branch, basicBranch, tokenBranch], unionOptions),
);
export type ConnectionFormValues = z.input<typeof connectionFormSchema>;

export const connectionStatusSchema = z.object({
  state: z.enum(connectionStateNames),
  /** Offline: why, for a person. */
  reason: z.optional(z.string()),
  /** Offline: why, for a program (a test's failure reason: `unauthorized`, `missing_scope`, …). */
  code: z.optional(z.enum(testFailureReasons)),
  checkedAt: z.optional(timestampSchema),
});
export type ConnectionStatus = z.infer<typeof connectionStatusSchema>;

const savedShape = {
  id: idSchema,
  name: z.string(),
  storeHash: z.string(),
  status: connectionStatusSchema,
  /** The store's name, once a test or an authorization has read it. */
  storeName: z.optional(z.string()),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

/** A connection as the API returns it: secrets replaced by `{ set, updatedAt }`. */
export const connectionSchema = z.discriminatedUnion('authType', [
  z.object({
    ...savedShape,
    authType: z.literal('oauth2'),
    oauthClientId: z.string(),
    scopes: z.array(z.string()),
    /** Present once BigCommerce has granted a token: the scopes it granted and when. */
    authorization: z.optional(z.object({ grantedScopes: z.array(z.string()), authorizedAt: timestampSchema, accessToken: storedSecretSchema })),
  }),
  z.object({ ...savedShape, authType: z.literal('basic'), username: z.string(), password: storedSecretSchema }),
  z.object({ ...savedShape, authType: z.literal('token'), clientId: z.string(), accessToken: storedSecretSchema }),
]);
export type Connection = z.infer<typeof connectionSchema>;

export const connectionListSchema = z.object({ connections: z.array(connectionSchema) });
