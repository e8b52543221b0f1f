/** Snow Device Management actions the dashboard calls, and nothing more. No wildcards. */
export const VIEWER_ACTIONS = [
  'snow-device-management:ListDevices',
  'snow-device-management:DescribeDevice',
  'snow-device-management:ListDeviceResources',
  'snow-device-management:DescribeDeviceEc2Instances',
  'snow-device-management:ListTasks',
  'snow-device-management:DescribeTask',
  'snow-device-management:ListExecutions',
  'snow-device-management:DescribeExecution',
  'snow-device-management:ListTagsForResource',
] as const;

/** Added on top of the viewer actions for the operator group. */
export const OPERATOR_EXTRA_ACTIONS = [
  'snow-device-management:CreateTask',
  'snow-device-management:CancelTask',
  'snow-device-management:TagResource',
  'snow-device-management:UntagResource',
] as const;

export const OPERATOR_ACTIONS = [...VIEWER_ACTIONS, ...OPERATOR_EXTRA_ACTIONS];

/**
 * CloudTrail for the activity trail, viewer and operator alike: LookupEvents only, nothing
 * else of CloudTrail. LookupEvents has no resource type (it reads the account's event
 * history of a region), so it cannot be limited by resource: its statement names `*`, kept
 * to the dashboard's regions by the same aws:RequestedRegion condition.
 */
export const TRAIL_ACTIONS = ['cloudtrail:LookupEvents'] as const;

// sts:GetCallerIdentity needs no permission, so it is deliberately absent.

/**
 * The snapshot Lambda's Snow Device Management actions: exactly what the shared fan-out
 * (src/lib/aws/fleet-fanout.ts) sends, ListDevices to the last page and DescribeDevice.
 */
export const SNAPSHOT_FANOUT_ACTIONS = ['snow-device-management:ListDevices', 'snow-device-management:DescribeDevice'] as const;
