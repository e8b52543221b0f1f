import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { Connection, ConnectionKind } from '@/lib/aws/connection';
import { count } from '@/lib/plural';

/** What the operator typed, field by field. */
export interface KeyInput {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

export interface KeyCheck {
  errors: Partial<Record<keyof KeyInput, string>>;
  /** AKIA… without a session token: accepted, with a warning. */
  longTerm: boolean;
}

/**
 * STS documents no maximum size for a session token: typically under 4,096 bytes, and it
 * may grow. Twice that leaves room to grow and still catches a paste of something else.
 */
export const MAX_SESSION_TOKEN = 8_192;
// STS access key IDs are 16 to 128 word characters (upper-case letters and digits in practice).
const ACCESS_KEY_ID = /^[A-Z0-9]+$/;
const SECRET = /^[A-Za-z0-9/+=]+$/;
// Session tokens are base64 text; the URL-safe alphabet (- and _) is accepted as well.
const SESSION_TOKEN = /^[A-Za-z0-9+/=_-]+$/;

function tokenError(token: string, longTerm: boolean, temporary: boolean, submitted: boolean): string | undefined {
  if (!token) return temporary && submitted ? 'Temporary credentials (ASIA…) need their session token.' : undefined;
  if (/\s/.test(token)) return 'A session token has no spaces or line breaks (check what was copied with it).';
  if (!SESSION_TOKEN.test(token)) return 'A session token has only letters, digits and + / = (check for quotes or other characters copied with it).';
  if (token.length > MAX_SESSION_TOKEN) return `A session token has at most ${count(MAX_SESSION_TOKEN, 'character')}; this one has ${count(token.length, 'character')}. Paste the session token alone.`;
  if (longTerm) return 'Long-term keys (AKIA…) have no session token: clear this field, or paste the matching temporary access key ID (ASIA…).';
  return undefined;
}

/** Checks pasted keys as they are typed; an empty field is only an error once submitted. */
export function checkKeys(input: KeyInput, submitted = false): KeyCheck {
  const errors: KeyCheck['errors'] = {};
  const id = input.accessKeyId.trim();
  const secret = input.secretAccessKey.trim();
  const token = input.sessionToken.trim();
  if (!id) {
    if (submitted) errors.accessKeyId = 'Enter the access key ID (it starts with ASIA for temporary credentials).';
  } else if (!ACCESS_KEY_ID.test(id)) {
    errors.accessKeyId = 'An access key ID has only upper-case letters and digits, like ASIAIOSFODNN7EXAMPLE.';
  } else if (!/^(ASIA|AKIA)/.test(id)) {
    errors.accessKeyId = `'${id.slice(0, 4)}…' is not an access key ID: it starts with ASIA (temporary credentials) or AKIA (long-term keys).`;
  } else if (id.length < 16 || id.length > 128) {
    errors.accessKeyId = `An access key ID has 16 to 128 characters (usually 20); this one has ${count(id.length, 'character')}.`;
  }
  if (!secret) {
    if (submitted) errors.secretAccessKey = 'Enter the secret access key.';
  } else if (!SECRET.test(secret)) {
    errors.secretAccessKey = 'A secret access key has only letters, digits, / and + (check for spaces or quotes copied with it).';
  } else if (secret.length !== 40) {
    errors.secretAccessKey = `A secret access key has 40 characters; this one has ${count(secret.length, 'character')}.`;
  }
  const longTerm = id.startsWith('AKIA');
  const sessionToken = tokenError(token, longTerm, id.startsWith('ASIA'), submitted);
  if (sessionToken) errors.sessionToken = sessionToken;
  return { errors, longTerm: longTerm && !token };
}

/**
 * Reads the block the AWS access portal offers ("export AWS_ACCESS_KEY_ID=…" for bash,
 * `$Env:AWS_…="…"` for PowerShell, or `aws_access_key_id = …` credentials-file lines), so
 * pasting all of it into the first field fills the three fields.
 */
export function parseCredentialBlock(text: string): KeyInput | undefined {
  const pick = (name: string) => {
    const m = new RegExp(`(?:^|\\s|\\$Env:)${name}\\s*=\\s*["']?([^"'\\s]+)["']?`, 'im').exec(text);
    return m?.[1];
  };
  const accessKeyId = pick('AWS_ACCESS_KEY_ID') ?? pick('aws_access_key_id');
  const secretAccessKey = pick('AWS_SECRET_ACCESS_KEY') ?? pick('aws_secret_access_key');
  if (!accessKeyId || !secretAccessKey) return undefined;
  return { accessKeyId, secretAccessKey, sessionToken: pick('AWS_SESSION_TOKEN') ?? pick('aws_session_token') ?? '' };
}

/** The mutable holder behind a connection's credential provider, so keys can be replaced in place. */
const holders = new WeakMap<AwsCredentialIdentityProvider, { current: AwsCredentialIdentity }>();
let sequence = 0;

/** Overwrites the fields of keys no longer used, so a reference someone kept holds no secret. */
function wipe(identity: AwsCredentialIdentity): void {
  const w = identity as { -readonly [K in keyof AwsCredentialIdentity]: AwsCredentialIdentity[K] };
  w.accessKeyId = '';
  w.secretAccessKey = '';
  delete w.sessionToken;
  delete w.credentialScope;
  delete w.expiration;
}

/** A connection on keys held in this tab's memory only (a closure: nothing is written anywhere). */
export function temporaryConnection(keys: KeyInput, base: Pick<Connection, 'regions' | 'apiRoute' | 'endpointUrl'>): Connection {
  const holder = { current: toIdentity(keys) };
  const credentials: AwsCredentialIdentityProvider = async () => holder.current;
  holders.set(credentials, holder);
  const kind: ConnectionKind = 'temporary';
  // Forgetting (sign-out, other keys) wipes the keys and the holder, whoever still holds the connection.
  const forget = () => {
    wipe(holder.current);
    holders.delete(credentials);
  };
  return { ...base, id: `${kind}:${++sequence}`, kind, credentials, forget, label: keys.sessionToken.trim() ? 'Temporary credentials' : 'Long-term access key' };
}

/** Puts new keys behind an existing connection; false when it does not hold pasted keys. */
export function replaceKeys(connection: Connection, keys: KeyInput): boolean {
  const holder = typeof connection.credentials === 'function' ? holders.get(connection.credentials) : undefined;
  if (!holder) return false;
  const old = holder.current;
  holder.current = toIdentity(keys);
  wipe(old);
  return true;
}

/** Keys as the SDK signs with them; refuses what the form would not have accepted. */
function toIdentity(keys: KeyInput): AwsCredentialIdentity {
  const problems = Object.values(checkKeys(keys, true).errors);
  if (problems.length) throw new Error(problems.join(' '));
  const token = keys.sessionToken.trim();
  return { accessKeyId: keys.accessKeyId.trim(), secretAccessKey: keys.secretAccessKey.trim(), ...(token ? { sessionToken: token } : {}) };
}
