import { chars, hashSeed, hex, int, pick, prng, uuid, type Rand } from './random';
import type { Capacity, Device, Instance, NetworkInterface } from './types';

export const ACCOUNT_ID = '123456789012';
const GiB = 1024 ** 3;
const TB = 1000 ** 4;

interface Model {
  type: string;
  compute: boolean;
  snowcone: boolean;
  capacities: [name: string, unit: string, total: number][];
}

// Device type codes as the Snowball/SDM APIs report them; capacities as the devices do.
const SNC1_HDD: Model = { type: 'SNC1_HDD', compute: false, snowcone: true, capacities: [['HDD Storage', 'Byte', 8 * TB], ['SSD Storage', 'Byte', 0], ['Memory', 'Byte', 4 * GiB], ['vCPU', 'Number', 2], ['GPU', 'Number', 0]] };
const SNC1_SSD: Model = { type: 'SNC1_SSD', compute: false, snowcone: true, capacities: [['HDD Storage', 'Byte', 0], ['SSD Storage', 'Byte', 14 * TB], ['Memory', 'Byte', 4 * GiB], ['vCPU', 'Number', 2], ['GPU', 'Number', 0]] };
const EDGE_C: Model = { type: 'EDGE_C', compute: true, snowcone: false, capacities: [['HDD Storage', 'Byte', 0], ['SSD Storage', 'Byte', 42 * TB], ['Memory', 'Byte', 208 * GiB], ['vCPU', 'Number', 52], ['GPU', 'Number', 0]] };
const EDGE_CG: Model = { type: 'EDGE_CG', compute: true, snowcone: false, capacities: [['HDD Storage', 'Byte', 0], ['SSD Storage', 'Byte', 42 * TB], ['Memory', 'Byte', 208 * GiB], ['vCPU', 'Number', 52], ['GPU', 'Number', 1]] };
const V3_5C: Model = { type: 'V3_5C', compute: true, snowcone: false, capacities: [['SSD Storage', 'Byte', 28 * TB], ['Memory', 'Byte', 416 * GiB], ['vCPU', 'Number', 104], ['GPU', 'Number', 0]] };
const EDGE_S: Model = { type: 'EDGE_S', compute: false, snowcone: false, capacities: [['HDD Storage', 'Byte', 80 * TB], ['SSD Storage', 'Byte', 1 * TB], ['Memory', 'Byte', 80 * GiB], ['vCPU', 'Number', 40], ['GPU', 'Number', 0]] };
const V3_5S: Model = { type: 'V3_5S', compute: false, snowcone: false, capacities: [['HDD Storage', 'Byte', 210 * TB], ['SSD Storage', 'Byte', 0], ['Memory', 'Byte', 80 * GiB], ['vCPU', 'Number', 40], ['GPU', 'Number', 0]] };
/** The models ordinary devices are drawn from (the order is part of every seed's fleet). */
const MODELS: Model[] = [SNC1_HDD, SNC1_SSD, EDGE_C, EDGE_CG, V3_5C, EDGE_S, V3_5S];

const SITES = ['berlin', 'seattle', 'denver', 'frankfurt', 'sydney', 'rig-7', 'ship-aurora', 'yard-12'];
const OWNERS = ['field-ops', 'edge-platform', 'data-capture', 'mining-analytics'];
const VERSIONS = ['122', '125', '128'];

function capacities(r: Rand, model: Model, fill?: number): Capacity[] {
  return model.capacities.map(([name, unit, total]) => {
    const share = name === 'vCPU' || name === 'GPU' ? r() * 0.7 : (fill ?? r() * 0.99);
    const used = total === 0 ? 0 : Math.round(total * share);
    return { name, unit, total, used, available: total - used };
  });
}

function interfaces(r: Rand, model: Model): NetworkInterface[] {
  const types = model.snowcone ? ['RJ45', 'RJ45_2', 'WIFI'] : ['RJ45', 'SFP_PLUS', 'QSFP', 'RJ45_2'];
  // The first 1 to all of the connectors, one interface each.
  const n = int(r, 1, types.length);
  const subnet = `10.${int(r, 0, 254)}.${int(r, 0, 254)}`;
  return types.slice(0, n).map((physicalConnectorType, i) => {
    const unused = i > 0 && r() < 0.3;
    const mac = Array.from({ length: 6 }, () => hex(r, 2)).join(':');
    return {
      physicalNetworkInterfaceId: `s.ni-${hex(r, 17)}`,
      physicalConnectorType,
      ipAddressAssignment: r() < 0.6 ? 'STATIC' : 'DHCP',
      ipAddress: unused ? '0.0.0.0' : `${subnet}.${int(r, 10, 250)}`,
      netmask: unused ? '0.0.0.0' : '255.255.255.0',
      defaultGateway: unused ? '0.0.0.0' : `${subnet}.1`,
      macAddress: mac,
    };
  });
}

const RUNNING: [string, number] = ['RUNNING', 16];
const INSTANCE_STATES: [string, number][] = [RUNNING, RUNNING, RUNNING, ['STOPPED', 80], ['PENDING', 0], ['STOPPING', 64]];

function instances(r: Rand, count: number, now: number, forceRunning = 0): Instance[] {
  return Array.from({ length: count }, (_, i) => {
    const [name, code] = i < forceRunning ? RUNNING : pick(r, INSTANCE_STATES);
    const created = now - int(r, 2, 90) * 86_400_000;
    const cores = pick(r, [1, 2, 4, 8]);
    const volumes = int(r, 1, 3);
    return {
      instanceId: `s.i-${hex(r, 17)}`,
      imageId: `s.ami-${hex(r, 17)}`,
      instanceType: pick(r, ['sbe-c.large', 'sbe-c.xlarge', 'sbe-c.2xlarge', 'sbe-c.4xlarge']),
      // Like AWS's documented output, some instances report only the state name.
      state: r() < 0.3 ? { name } : { code, name },
      // The sides are as AWS documents them (the Snowball Edge guide's describe-device-ec2-instances
      // example: private 34.223.14.193, public 10.111.60.160): a Snow device's instances get their
      // private address on the device's internal network, which uses 34.223.x.x, and their public
      // address on the customer's network through a virtual network interface (192.168.x.x here).
      privateIpAddress: name === 'STOPPED' ? undefined : `34.223.${int(r, 0, 254)}.${int(r, 2, 250)}`,
      publicIpAddress: name === 'RUNNING' && r() < 0.5 ? `192.168.1.${int(r, 2, 250)}` : undefined,
      rootDeviceName: '/dev/sda',
      amiLaunchIndex: 0,
      cpuOptions: { coreCount: cores, threadsPerCore: 2 },
      blockDeviceMappings: Array.from({ length: volumes }, (_, v) => ({
        deviceName: v === 0 ? '/dev/sda' : `/dev/sd${'bcd'[v - 1]}`,
        ebs: { volumeId: `s.vol-${hex(r, 17)}`, status: name === 'PENDING' && v > 0 ? 'ATTACHING' : 'ATTACHED', attachTime: created + 60_000, deleteOnTermination: v === 0 },
      })),
      securityGroups: [{ groupId: `s.sg-${hex(r, 17)}`, groupName: r() < 0.7 ? 'default' : pick(r, ['ssh-only', 'ingest', 'web']) }],
      createdAt: created,
      updatedAt: created + int(r, 1, 48) * 3_600_000,
      cachedAt: now - int(r, 1, 600) * 1000,
    };
  });
}

/**
 * Special roles for the first devices of every fleet, so tests can rely on them:
 * 0 compute with running instances and an install in progress, 1 locked Snowcone,
 * 2 offline locked compute device with a running instance, 3 storage device 96% full,
 * 4 a device that reports no software, no interfaces and no tags.
 */
function role(index: number) {
  return ['compute', 'locked', 'offline', 'full', 'sparse'][index] as string | undefined;
}

/** Builds device `index` of a region's fleet; each device is independent of the others. */
export function makeDevice(seed: number, region: string, index: number, jobs: string[], now: number): Device {
  const r = prng(hashSeed(seed, region, index));
  const id = `smd-${chars(r, 14)}`; // the first draws: deviceId() repeats them
  const special = role(index);
  const model =
    special === 'compute' ? EDGE_C : special === 'locked' ? SNC1_HDD : special === 'offline' ? V3_5C : special === 'full' ? EDGE_S : special === 'sparse' ? SNC1_SSD : pick(r, MODELS);
  const offline = special === 'offline' || (!special && r() < 0.12);
  const site = pick(r, SITES);
  const installing = special === 'compute' || (!special && r() < 0.15);
  const device: Device = {
    id,
    arn: `arn:aws:snow-device-management:${region}:${ACCOUNT_ID}:managed-device/${id}`,
    region,
    jobId: pick(r, jobs),
    type: model.type,
    state: special === 'locked' || special === 'offline' || (!special && r() < 0.2) ? 'LOCKED' : 'UNLOCKED',
    offlineSince: offline ? now - (special === 'offline' ? 2 * 86_400_000 : int(r, 1, 120) * 3_600_000) : undefined,
    phase: int(r, 0, 59),
    capacities: capacities(r, model, special === 'full' ? 0.96 : undefined),
    interfaces: special === 'sparse' ? undefined : interfaces(r, model),
    software: special === 'sparse' ? undefined : {
      installedVersion: pick(r, VERSIONS),
      installingVersion: installing ? '131' : 'NA',
      installState: installing ? pick(r, ['DOWNLOADING', 'INSTALLING']) : 'NA',
    },
    tags: special === 'sparse' || (!special && r() < 0.05) ? {} : {
      Name: `${site}-${model.type.toLowerCase().replace('_', '')}-${String(index + 1).padStart(3, '0')}`,
      site,
      environment: pick(r, ['prod', 'prod', 'staging', 'dev']),
      owner: pick(r, OWNERS),
      ...(r() < 0.3 ? { Project: pick(r, ['survey-2026', 'pipeline-inspection', 'telemetry']) } : {}),
    },
    instances: model.compute ? instances(r, special === 'compute' ? 3 : special === 'offline' ? 1 : int(r, 0, 4), now, special ? 1 : 0) : [],
  };
  return device;
}

/** The id of device `index`, without building the device (same draws as makeDevice). */
export function deviceId(seed: number, region: string, index: number): string {
  return `smd-${chars(prng(hashSeed(seed, region, index)), 14)}`;
}

/** The order jobs of a region's fleet. */
export function makeJobs(seed: number, region: string): string[] {
  const r = prng(hashSeed(seed, region, 'jobs'));
  return Array.from({ length: 6 }, () => `JID${uuid(r)}`);
}
