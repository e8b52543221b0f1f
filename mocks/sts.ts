import { HttpResponse } from 'msw';

const XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';

/** Who pasted keys belong to when the scenario does not say (the simulator's account). */
export const DEFAULT_CALLER_ARN = 'arn:aws:sts::123456789012:assumed-role/SimulatedOperator/pasted-keys';

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

function xml(status: number, body: string): Response {
  return new HttpResponse(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`, { status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': crypto.randomUUID() } });
}

/**
 * STS as far as the dashboard uses it: GetCallerIdentity (awsQuery, answered in XML) names
 * `callerArn`; any other action is refused as STS refuses an unknown one.
 */
export async function stsResponse(request: Request, callerArn: string = DEFAULT_CALLER_ARN): Promise<Response> {
  const action = new URLSearchParams(request.method === 'POST' ? await request.text() : new URL(request.url).search).get('Action');
  if (action !== 'GetCallerIdentity') {
    const message = `The simulated fleet answers GetCallerIdentity only, not ${action ?? 'this request'}.`;
    return xml(400, `<ErrorResponse xmlns="${XMLNS}"><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>${escapeXml(message)}</Message></Error><RequestId>sim</RequestId></ErrorResponse>`);
  }
  const account = callerArn.split(':')[4] ?? '';
  const session = callerArn.split('/').at(-1) ?? 'simulator';
  return xml(
    200,
    `<GetCallerIdentityResponse xmlns="${XMLNS}"><GetCallerIdentityResult><Arn>${escapeXml(callerArn)}</Arn>` +
      `<UserId>AROASIMULATEDROLE0001:${escapeXml(session)}</UserId><Account>${escapeXml(account)}</Account></GetCallerIdentityResult>` +
      `<ResponseMetadata><RequestId>${crypto.randomUUID()}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
  );
}
