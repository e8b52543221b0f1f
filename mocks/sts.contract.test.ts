import { GetCallerIdentityCommand, GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { errorOf, simulatorFixture } from './test-utils';

const { sim } = simulatorFixture();
const sts = new STSClient({ region: 'us-west-2', credentials: { accessKeyId: 'ASIASTSCONTRACT00001', secretAccessKey: 'secret' }, maxAttempts: 1 });

describe('STS, as the simulator answers it', () => {
  it('is parsed by the SDK with the fast-xml-parser package.json pins (overrides)', () => {
    const fromSts = createRequire(createRequire(import.meta.url).resolve('@aws-sdk/client-sts'));
    expect((fromSts('fast-xml-parser/package.json') as { version: string }).version).toBe('4.5.7');
  });

  it("names the caller in STS's own XML, which the SDK parses", async () => {
    const me = await sts.send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({ Account: '123456789012', Arn: 'arn:aws:sts::123456789012:assumed-role/SimulatedOperator/pasted-keys', UserId: 'AROASIMULATEDROLE0001:pasted-keys' });
    expect(me.$metadata.httpStatusCode).toBe(200);

    sim.setScenario({ callerArn: 'arn:aws:sts::111122223333:assumed-role/FleetOperator/e2e' });
    await expect(sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({ Account: '111122223333', Arn: 'arn:aws:sts::111122223333:assumed-role/FleetOperator/e2e' });
    sim.setScenario({ callerArn: undefined });
  });

  it('refuses any other action with an STS error', async () => {
    const e = await errorOf(sts.send(new GetSessionTokenCommand({})));
    expect(e.name).toBe('InvalidAction');
    expect(e.message).toContain('answers GetCallerIdentity only');
  });
});

describe('requests the simulator does not model', () => {
  it('are answered with an error, never sent on to AWS', async () => {
    for (const url of [
      'https://snow-device-management.us-west-2.api.aws/managed-devices',
      'https://snow-device-management.cn-north-1.amazonaws.com.cn:8443/managed-devices',
      'https://sts.us-west-2.api.aws/',
      'http://127.0.0.1:4174/sdm/',
    ]) {
      const res = await fetch(url, { method: 'POST', body: 'Action=AssumeRole' });
      expect(res.status, url).toBe(501);
      expect(res.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
      expect(await res.json()).toMatchObject({ message: expect.stringContaining('nothing was sent to AWS') });
    }
  });
});
