/** Internal records of the simulated service (wire shapes are built from them in views.ts). */
export type UnlockState = 'UNLOCKED' | 'LOCKED' | 'UNLOCKING';
export type ExecutionState = 'QUEUED' | 'IN_PROGRESS' | 'CANCELED' | 'FAILED' | 'SUCCEEDED' | 'REJECTED' | 'TIMED_OUT';
export type TaskState = 'IN_PROGRESS' | 'CANCELED' | 'COMPLETED';

export interface Capacity {
  name: string;
  unit: string;
  total: number;
  used: number;
  available: number;
}

export interface NetworkInterface {
  physicalNetworkInterfaceId: string;
  physicalConnectorType: string;
  ipAddressAssignment: string;
  ipAddress: string;
  netmask: string;
  defaultGateway: string;
  macAddress: string;
}

export interface Instance {
  instanceId: string;
  imageId: string;
  instanceType: string;
  state: { code?: number; name: string };
  privateIpAddress?: string;
  publicIpAddress?: string;
  rootDeviceName: string;
  amiLaunchIndex: number;
  cpuOptions: { coreCount: number; threadsPerCore: number };
  blockDeviceMappings: { deviceName: string; ebs: { volumeId: string; status: string; attachTime: number; deleteOnTermination: boolean } }[];
  securityGroups: { groupId: string; groupName: string }[];
  createdAt: number;
  updatedAt: number;
  /** When the cloud-side cache last refreshed this instance. */
  cachedAt: number;
}

export interface Device {
  id: string;
  arn: string;
  region: string;
  jobId?: string;
  type: string;
  state: UnlockState;
  /** Offline devices stopped reaching out at this time; online ones have none. */
  offlineSince?: number;
  /** Seconds into each minute at which an online device reaches out. */
  phase: number;
  capacities?: Capacity[];
  interfaces?: NetworkInterface[];
  software?: { installedVersion: string; installingVersion: string; installState: string };
  tags: Record<string, string>;
  instances: Instance[];
  /** A reboot makes the device unreachable between these times. */
  unreachableFrom?: number;
  unreachableUntil?: number;
}

export interface Execution {
  executionId: string;
  managedDeviceId: string;
  state: ExecutionState;
  queuedAt: number;
  startedAt?: number;
  lastUpdatedAt: number;
  /** Planned end of the running phase. */
  finishAt?: number;
}

export interface Task {
  taskId: string;
  taskArn: string;
  region: string;
  command: 'reboot' | 'unlock';
  description?: string;
  tags: Record<string, string>;
  targets: string[];
  state: TaskState;
  createdAt: number;
  lastUpdatedAt: number;
  completedAt?: number;
  executions: Execution[];
}
