import { describe, expect, it } from 'vitest';
import { simulatedConnection } from '@/lib/aws/connection';
import { checkKeys, MAX_SESSION_TOKEN, temporaryConnection, type KeyInput } from './temporary';

// Shaped like real keys, obviously not real.
const KEYS: KeyInput = {
  accessKeyId: 'ASIAE2ETESTKEY000001',
  secretAccessKey: 'e2eSecretKeyValue/abcdefghijklmnopqrstuv',
  sessionToken: 'IQoJb3JpZ2luX2VjEE2ETESTSESSIONTOKEN+/0000000000000000000000==',
};
const tokenError = (sessionToken: string) => checkKeys({ ...KEYS, sessionToken }).errors.sessionToken;

describe('pasted keys, checked as typed', () => {
  it('accepts keys shaped like STS temporary credentials', () => {
    expect(checkKeys(KEYS, true).errors).toEqual({});
    expect(tokenError('A'.repeat(MAX_SESSION_TOKEN))).toBeUndefined();
    expect(tokenError('FwoGZXIvYXdz-_base64url')).toBeUndefined();
  });

  it('refuses a session token no service would take, saying what is wrong', () => {
    expect(tokenError('FwoGZXIvYXdz🙂')).toMatch(/^A session token has only letters, digits and \+ \/ =/);
    expect(tokenError('<script>alert(1)</script>')).toMatch(/^A session token has only letters, digits/);
    expect(tokenError('"FwoGZXIvYXdz"')).toMatch(/check for quotes/);
    expect(tokenError('Fwo GZX')).toMatch(/no spaces or line breaks/);
    expect(tokenError('A'.repeat(10_000))).toBe('A session token has at most 8,192 characters; this one has 10,000 characters. Paste the session token alone.');
    expect(tokenError('é'.repeat(20))).toMatch(/only letters, digits/);
  });

  it('checks the access key ID and the secret the same way', () => {
    expect(checkKeys({ ...KEYS, accessKeyId: 'ASIA🙂' }).errors.accessKeyId).toMatch(/only upper-case letters and digits/);
    expect(checkKeys({ ...KEYS, accessKeyId: 'ASIA12' }).errors.accessKeyId).toBe('An access key ID has 16 to 128 characters (usually 20); this one has 6 characters.');
    expect(checkKeys({ ...KEYS, accessKeyId: `ASIA${'A'.repeat(200)}` }).errors.accessKeyId).toMatch(/16 to 128 characters/);
    expect(checkKeys({ ...KEYS, secretAccessKey: 'é'.repeat(40) }).errors.secretAccessKey).toMatch(/only letters, digits, \/ and \+/);
    expect(checkKeys({ ...KEYS, secretAccessKey: 'abc' }).errors.secretAccessKey).toBe('A secret access key has 40 characters; this one has 3 characters.');
  });

  it('never builds a connection from keys the form would refuse', () => {
    const base = simulatedConnection();
    expect(() => temporaryConnection({ ...KEYS, sessionToken: 'token🙂' }, base)).toThrow(/A session token has only letters/);
    expect(temporaryConnection(KEYS, base).kind).toBe('temporary');
  });
});
