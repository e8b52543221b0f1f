import { lastReachedOutAt } from './engine';
import type { Device, Execution, Instance, Task } from './types';

/** Epoch seconds, as restJson1 carries timestamps. */
export const sec = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);

/** DescribeDevice output: only modelled members. */
export function deviceView(d: Device, now: number) {
  const reached = lastReachedOutAt(d, now);
  return {
    associatedWithJob: d.jobId,
    deviceCapacities: d.capacities,
    deviceState: d.state,
    deviceType: d.type,
    lastReachedOutAt: sec(reached),
    // The cloud's cached copy is refreshed shortly after each check-in.
    lastUpdatedAt: sec(d.offlineSince ?? Math.max(reached - 5000, 0)),
    managedDeviceArn: d.arn,
    managedDeviceId: d.id,
    physicalNetworkInterfaces: d.interfaces,
    software: d.software,
    tags: d.tags,
  };
}

export const deviceSummary = (d: Device) => ({
  associatedWithJob: d.jobId,
  managedDeviceArn: d.arn,
  managedDeviceId: d.id,
  tags: d.tags,
});

export function instanceView(i: Instance) {
  return {
    instance: {
      amiLaunchIndex: i.amiLaunchIndex,
      blockDeviceMappings: i.blockDeviceMappings.map((b) => ({ deviceName: b.deviceName, ebs: { ...b.ebs, attachTime: sec(b.ebs.attachTime) } })),
      cpuOptions: i.cpuOptions,
      createdAt: sec(i.createdAt),
      imageId: i.imageId,
      instanceId: i.instanceId,
      instanceType: i.instanceType,
      privateIpAddress: i.privateIpAddress,
      publicIpAddress: i.publicIpAddress,
      rootDeviceName: i.rootDeviceName,
      securityGroups: i.securityGroups,
      state: i.state,
      updatedAt: sec(i.updatedAt),
    },
    lastUpdatedAt: sec(i.cachedAt),
  };
}

export const taskSummary = (t: Task) => ({ state: t.state, tags: t.tags, taskArn: t.taskArn, taskId: t.taskId });

export const taskView = (t: Task) => ({
  completedAt: sec(t.completedAt),
  createdAt: sec(t.createdAt),
  description: t.description,
  lastUpdatedAt: sec(t.lastUpdatedAt),
  state: t.state,
  tags: t.tags,
  targets: t.targets,
  taskArn: t.taskArn,
  taskId: t.taskId,
});

export const executionSummary = (e: Execution, taskId: string) => ({
  executionId: e.executionId,
  managedDeviceId: e.managedDeviceId,
  state: e.state,
  taskId,
});

export const executionView = (e: Execution, taskId: string) => ({
  ...executionSummary(e, taskId),
  lastUpdatedAt: sec(e.lastUpdatedAt),
  startedAt: sec(e.startedAt),
});
