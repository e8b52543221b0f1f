import { count } from '@/lib/plural';
import type { Command } from './batching';
import type { CheckKind, DeviceNote, Preflight, Target } from './preflight';

const key = (t: Target) => `${t.region}|${t.managedDeviceId}`;

export interface Choice {
  /** The devices that will be sent. */
  final: Target[];
  /** Devices the pre-flight found missing, left out unless the operator includes them. */
  missing: DeviceNote[];
  /** Unlock only: devices already unlocked, left out unless the operator includes them. */
  unlocked: DeviceNote[];
}

/** Which targets are sent: the devices not found and (for unlock) the already unlocked ones are left out by default. */
export function chooseTargets(targets: Target[], p: Preflight | undefined, command: Command, include: { missing: boolean; unlocked: boolean }): Choice {
  const missing = include.missing ? [] : (p?.missing ?? []);
  const unlocked = command === 'unlock' && !include.unlocked ? (p?.alreadyUnlocked ?? []) : [];
  const out = new Set([...missing, ...unlocked].map(key));
  return { final: targets.filter((t) => !out.has(key(t))), missing, unlocked };
}

/** "Reboot 11 devices (1 not found, left out)": the primary button says what is sent and what is not. */
export function sendLabel(command: Command, choice: Choice): string {
  const verb = command === 'reboot' ? 'Reboot' : 'Unlock';
  const out = [
    ...(choice.missing.length ? [`${choice.missing.length} not found`] : []),
    ...(choice.unlocked.length ? [`${choice.unlocked.length} already unlocked`] : []),
  ];
  return `${verb} ${count(choice.final.length, 'device')}${out.length ? ` (${out.join(', ')}, left out)` : ''}`;
}

/** What confirming does to the devices that are sent, as the confirmation dialog repeats it. */
export interface Consequences {
  devices: number;
  byRegion: Array<[string, number]>;
  instances: number;
  instanceDevices: number;
  offline: number;
  busy: number;
  leftOut: number;
  /** Checks that could not run on devices that are sent, and on how many. */
  unchecked: Array<{ check: CheckKind; devices: number }>;
}

export function consequences(p: Preflight | undefined, choice: Choice): Consequences {
  const sent = new Set(choice.final.map(key));
  const mine = <T extends Target>(list: readonly T[] | undefined) => (list ?? []).filter((t) => sent.has(key(t)));
  const byRegion = new Map<string, number>();
  for (const t of choice.final) byRegion.set(t.region, (byRegion.get(t.region) ?? 0) + 1);
  const instances = mine(p?.runningInstances);
  return {
    devices: choice.final.length,
    byRegion: [...byRegion],
    instances: instances.reduce((n, d) => n + d.count, 0),
    instanceDevices: instances.length,
    offline: mine(p?.offline).length,
    busy: new Set(mine(p?.busy).map(key)).size,
    leftOut: choice.missing.length + choice.unlocked.length,
    unchecked: (p?.unchecked ?? []).map((u) => ({ check: u.check, devices: mine(u.devices).length })).filter((u) => u.devices > 0),
  };
}
