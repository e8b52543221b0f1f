import {
  CancelTaskCommand,
  CreateTaskCommand,
  DescribeDeviceCommand,
  DescribeDeviceEc2InstancesCommand,
  DescribeExecutionCommand,
  DescribeTaskCommand,
  ListDeviceResourcesCommand,
  ListDevicesCommand,
  ListExecutionsCommand,
  ListTagsForResourceCommand,
  ListTasksCommand,
  TagResourceCommand,
  UntagResourceCommand,
  type CancelTaskCommandInput,
  type CancelTaskCommandOutput,
  type CreateTaskCommandInput,
  type CreateTaskCommandOutput,
  type DescribeDeviceCommandInput,
  type DescribeDeviceCommandOutput,
  type DescribeDeviceEc2InstancesCommandInput,
  type DescribeDeviceEc2InstancesCommandOutput,
  type DescribeExecutionCommandInput,
  type DescribeExecutionCommandOutput,
  type DescribeTaskCommandInput,
  type DescribeTaskCommandOutput,
  type ListDeviceResourcesCommandInput,
  type ListDeviceResourcesCommandOutput,
  type ListDevicesCommandInput,
  type ListDevicesCommandOutput,
  type ListExecutionsCommandInput,
  type ListExecutionsCommandOutput,
  type ListTagsForResourceCommandInput,
  type ListTagsForResourceCommandOutput,
  type ListTasksCommandInput,
  type ListTasksCommandOutput,
  type TagResourceCommandInput,
  type TagResourceCommandOutput,
  type UntagResourceCommandInput,
  type UntagResourceCommandOutput,
} from '@aws-sdk/client-snow-device-management';

/** Input and output of every SDM operation, by the operation's name in the service model. */
export interface SdmCommands {
  CancelTask: [CancelTaskCommandInput, CancelTaskCommandOutput];
  CreateTask: [CreateTaskCommandInput, CreateTaskCommandOutput];
  DescribeDevice: [DescribeDeviceCommandInput, DescribeDeviceCommandOutput];
  DescribeDeviceEc2Instances: [DescribeDeviceEc2InstancesCommandInput, DescribeDeviceEc2InstancesCommandOutput];
  DescribeExecution: [DescribeExecutionCommandInput, DescribeExecutionCommandOutput];
  DescribeTask: [DescribeTaskCommandInput, DescribeTaskCommandOutput];
  ListDeviceResources: [ListDeviceResourcesCommandInput, ListDeviceResourcesCommandOutput];
  ListDevices: [ListDevicesCommandInput, ListDevicesCommandOutput];
  ListExecutions: [ListExecutionsCommandInput, ListExecutionsCommandOutput];
  ListTagsForResource: [ListTagsForResourceCommandInput, ListTagsForResourceCommandOutput];
  ListTasks: [ListTasksCommandInput, ListTasksCommandOutput];
  TagResource: [TagResourceCommandInput, TagResourceCommandOutput];
  UntagResource: [UntagResourceCommandInput, UntagResourceCommandOutput];
}

export type SdmCommandName = keyof SdmCommands;
export type InputOf<N extends SdmCommandName> = SdmCommands[N][0];
export type OutputOf<N extends SdmCommandName> = SdmCommands[N][1];

// Explicit names, not `Command.name`: class names do not survive minification.
const commands = {
  CancelTask: CancelTaskCommand,
  CreateTask: CreateTaskCommand,
  DescribeDevice: DescribeDeviceCommand,
  DescribeDeviceEc2Instances: DescribeDeviceEc2InstancesCommand,
  DescribeExecution: DescribeExecutionCommand,
  DescribeTask: DescribeTaskCommand,
  ListDeviceResources: ListDeviceResourcesCommand,
  ListDevices: ListDevicesCommand,
  ListExecutions: ListExecutionsCommand,
  ListTagsForResource: ListTagsForResourceCommand,
  ListTasks: ListTasksCommand,
  TagResource: TagResourceCommand,
  UntagResource: UntagResourceCommand,
} as const;

/** Builds the SDK command object for an operation. */
export function makeCommand<N extends SdmCommandName>(name: N, input: InputOf<N>) {
  const Ctor = commands[name] as unknown as new (input: InputOf<N>) => ListDevicesCommand;
  return new Ctor(input);
}

/** The one CloudTrail operation the dashboard calls (the activity trail). */
export type CloudTrailCommandName = 'LookupEvents';

/** Every AWS operation the dashboard calls through the scheduler, SDM's and CloudTrail's. */
export type AwsCommandName = SdmCommandName | CloudTrailCommandName;

/** The IAM action an operation needs, for access-denied explanations. */
export function iamAction(name: AwsCommandName): string {
  return name === 'LookupEvents' ? 'cloudtrail:LookupEvents' : `snow-device-management:${name}`;
}
