import { normalizeStoreHash, storeHashPattern } from '../../schema/plain';

export interface CredentialsFileValues {
  accessToken?: string;
  clientName?: string;
  apiPath?: string;
  storeHash?: string;
  clientId?: string;
  clientSecret?: string;
}

export type CredentialsFileResult = { ok: true; value: CredentialsFileValues } | { ok: false; error: string };

type LabelledKey = Exclude<keyof CredentialsFileValues, 'storeHash'> | 'name';

// Keys are labels lower-cased with runs of spaces/underscores made one space.
const keyOfLabel: ReadonlyMap<string, LabelledKey> = new Map([
  ['access token', 'accessToken'],
  ['client name', 'clientName'],
  // Some real files carry NAME: as well; it names the same account, so it is only a fallback.
  ['name', 'name'],
  ['api path', 'apiPath'],
  ['client id', 'clientId'],
  ['client secret', 'clientSecret'],
]);

const labelledLine = /^\s*([A-Za-z][A-Za-z _]*?)\s*:\s*(.*?)\s*$/;

export const goodFileExample = [
  'ACCESS TOKEN: …',
  'CLIENT NAME: …',
  'API PATH: https://api.bigcommerce.com/stores/abc123/v3/',
  'CLIENT ID: …',
  'CLIENT SECRET: …',
].join('\n');

const whatGoodLooksLike = `Choose the .txt file BigCommerce downloaded when the store-level API account was saved. It has lines like:\n${goodFileExample}`;

export const credentialsFileErrors = {
  empty: `The file is empty. ${whatGoodLooksLike}`,
  notText: `This is not a text file. ${whatGoodLooksLike}`,
  noLabels: `This is not a BigCommerce credentials file: it has none of the expected labels. ${whatGoodLooksLike}`,
  noCredentials: `The file has no ACCESS TOKEN or CLIENT ID line with a value. ${whatGoodLooksLike}`,
} as const;

function parseLine(line: string): { key: LabelledKey; value: string } | undefined {
  const match = labelledLine.exec(line);
  const key = match?.[1] ? keyOfLabel.get(match[1].toLowerCase().replace(/[\s_]+/g, ' ')) : undefined;
  return key ? { key, value: match?.[2] ?? '' } : undefined;
}

/** Which credentials-file label a single line starts with, e.g. "CLIENT ID: abc" -> clientId. */
export function credentialLabelOf(line: string): LabelledKey | undefined {
  return parseLine(line)?.key;
}

// Control characters other than tab/CR/LF, or the replacement character that decoding leaves for
// invalid UTF-8, mean the bytes were not a text file.
function looksBinary(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) return true;
  }
  return false;
}

export function parseCredentialsFile(text: string): CredentialsFileResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: credentialsFileErrors.empty };
  if (looksBinary(body)) return { ok: false, error: credentialsFileErrors.notText };

  const found: Partial<Record<LabelledKey, string>> = {};
  let recognised = 0;
  for (const line of body.split(/\r\n|\r|\n/)) {
    const parsed = parseLine(line);
    if (!parsed) continue;
    recognised += 1;
    if (parsed.value && found[parsed.key] === undefined) found[parsed.key] = parsed.value;
  }
  const { name, ...value }: CredentialsFileValues & { name?: string } = found;
  if (!value.clientName && name) value.clientName = name;
  if (recognised === 0) return { ok: false, error: credentialsFileErrors.noLabels };
  if (!value.accessToken && !value.clientId) return { ok: false, error: credentialsFileErrors.noCredentials };

  if (value.apiPath) {
    const { hash, source } = normalizeStoreHash(value.apiPath);
    if (source === 'api-path' && storeHashPattern.test(hash)) value.storeHash = hash;
  }
  return { ok: true, value };
}
