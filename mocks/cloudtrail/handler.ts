import { delay, HttpResponse } from 'msw';
import type { Simulator } from '../simulator';

// The JavaScript SDK sends `CloudTrail_20131101.<Operation>`; botocore (the AWS CLI) the
// model's full target prefix. CloudTrail accepts both.
const TARGET = /^(?:com\.amazonaws\.cloudtrail\.v20131101\.)?CloudTrail_20131101\.(\w+)$/;
const TARGET_PREFIX = 'CloudTrail_20131101.';
const JSON_11 = 'application/x-amz-json-1.1';

function answer(status: number, body: Record<string, unknown>): Response {
  const headers: Record<string, string> = { 'content-type': JSON_11, 'x-amzn-requestid': crypto.randomUUID() };
  if (typeof body.__type === 'string') headers['x-amzn-errortype'] = body.__type;
  return new HttpResponse(JSON.stringify(body), { status, headers });
}

/**
 * CloudTrail in the AWS JSON 1.1 protocol: POST to the regional endpoint with
 * `X-Amz-Target: …CloudTrail_20131101.<Operation>`; LookupEvents is the one operation answered.
 */
export function cloudTrailResolver(sim: Simulator) {
  return async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    const region = /^cloudtrail(?:-fips)?\.([a-z0-9-]+)\./.exec(url.hostname)?.[1] ?? /^\/cloudtrail\/([a-z0-9-]+)/.exec(url.pathname)?.[1];
    if (!region) return undefined;
    if (sim.scenario.latencyMs > 0) await delay(sim.scenario.latencyMs);
    const operation = TARGET.exec(request.headers.get('x-amz-target') ?? '')?.[1];
    if (request.method !== 'POST' || !operation) {
      return answer(400, { __type: 'UnknownOperationException', message: `CloudTrail expects a POST with X-Amz-Target ${TARGET_PREFIX}<Operation>.` });
    }
    if (operation !== 'LookupEvents') {
      return answer(400, { __type: 'UnknownOperationException', message: `The simulated fleet answers LookupEvents only, not ${operation}; nothing was sent to AWS.` });
    }
    if (!(request.headers.get('content-type') ?? '').startsWith(JSON_11)) {
      return answer(400, { __type: 'SerializationException', message: `Content-Type must be ${JSON_11}.` });
    }
    let input: Record<string, unknown>;
    try {
      const text = await request.text();
      input = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    } catch {
      return answer(400, { __type: 'SerializationException', message: 'The request body is not valid JSON.' });
    }
    const res = sim.lookupEvents(region, input);
    return answer(res.status, res.body);
  };
}
