/** The restJson1 routes of the 13 SDM operations (service-2.json `http`). */
export const ROUTES: { method: string; pattern: RegExp; operation: string; params: string[] }[] = [
  { method: 'GET', pattern: /^\/managed-devices$/, operation: 'ListDevices', params: [] },
  { method: 'POST', pattern: /^\/managed-device\/([^/]+)\/describe$/, operation: 'DescribeDevice', params: ['managedDeviceId'] },
  { method: 'GET', pattern: /^\/managed-device\/([^/]+)\/resources$/, operation: 'ListDeviceResources', params: ['managedDeviceId'] },
  { method: 'POST', pattern: /^\/managed-device\/([^/]+)\/resources\/ec2\/describe$/, operation: 'DescribeDeviceEc2Instances', params: ['managedDeviceId'] },
  { method: 'POST', pattern: /^\/task$/, operation: 'CreateTask', params: [] },
  { method: 'GET', pattern: /^\/tasks$/, operation: 'ListTasks', params: [] },
  { method: 'POST', pattern: /^\/task\/([^/]+)\/cancel$/, operation: 'CancelTask', params: ['taskId'] },
  { method: 'POST', pattern: /^\/task\/([^/]+)\/execution\/([^/]+)$/, operation: 'DescribeExecution', params: ['taskId', 'managedDeviceId'] },
  { method: 'POST', pattern: /^\/task\/([^/]+)$/, operation: 'DescribeTask', params: ['taskId'] },
  { method: 'GET', pattern: /^\/executions$/, operation: 'ListExecutions', params: [] },
  { method: 'GET', pattern: /^\/tags\/(.+)$/, operation: 'ListTagsForResource', params: ['resourceArn'] },
  { method: 'POST', pattern: /^\/tags\/(.+)$/, operation: 'TagResource', params: ['resourceArn'] },
  { method: 'DELETE', pattern: /^\/tags\/(.+)$/, operation: 'UntagResource', params: ['resourceArn'] },
];

/** Finds the operation for a method and path, with its decoded path parameters. */
export function matchRoute(method: string, path: string): { operation: string; params: Record<string, string> } | undefined {
  for (const r of ROUTES) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(path);
    if (!m) continue;
    const params = r.params.map((p, i) => {
      const raw = m[i + 1];
      if (raw === undefined) throw new Error(`Route ${r.operation} has no capture group for ${p}`);
      return [p, decodeURIComponent(raw)];
    });
    return { operation: r.operation, params: Object.fromEntries(params) };
  }
  return undefined;
}
