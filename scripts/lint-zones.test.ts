import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The messages of the layering rule for `code` as if it were the file at `filePath`. */
async function zoneErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering enforced by npm run lint', () => {
  it('fails a feature that imports src/app, by alias or by relative path', async () => {
    const app = /Features never import src\/app/;
    expect(await zoneErrors('src/features/devices/components/x.tsx', "import { App } from '@/app/app';\nexport const a = App;\n")).toEqual([expect.stringMatching(app)]);
    expect(await zoneErrors('src/features/devices/components/x.tsx', "import { App } from '../../../app/app';\nexport const a = App;\n")).toContainEqual(expect.stringMatching(app));
  });

  it('fails src/lib and src/components when they import a feature or src/app', async () => {
    expect(await zoneErrors('src/lib/x.ts', "import { deviceQueries } from '@/features/devices/api/device-queries';\nexport const a = deviceQueries;\n")).toHaveLength(1);
    expect(await zoneErrors('src/lib/aws/x.ts', "import { a } from '../../features/tasks';\nexport const b = a;\n")).toHaveLength(1);
    expect(await zoneErrors('src/components/x.tsx', "import { App } from '../app/app';\nexport const a = App;\n")).toHaveLength(1);
  });

  it('fails a feature that reaches into another feature, and allows its index', async () => {
    expect(await zoneErrors('src/features/tasks/components/x.tsx', "import { a } from '../../devices/api/device-queries';\nexport const b = a;\n")).toHaveLength(1);
    expect(await zoneErrors('src/features/tasks/components/x.tsx', "import { a } from '@/features/devices/api/device-queries';\nexport const b = a;\n")).toHaveLength(1);
    expect(await zoneErrors('src/features/tasks/components/x.tsx', "import { a } from '@/features/devices';\nexport const b = a;\n")).toEqual([]);
    expect(await zoneErrors('src/features/tasks/components/x.tsx', "import { a } from '../api/batching';\nimport { b } from '@/lib/errors';\nexport const c = [a, b];\n")).toEqual([]);
  });

  it('keeps SDK clients and commands inside src/lib/aws; types may be imported anywhere', async () => {
    const value = "import { DescribeDeviceCommand } from '@aws-sdk/client-snow-device-management';\nexport const c = DescribeDeviceCommand;\n";
    const type = "import type { DeviceSummary } from '@aws-sdk/client-snow-device-management';\nexport type D = DeviceSummary;\n";
    expect(await zoneErrors('src/features/devices/api/x.ts', value)).toHaveLength(1);
    expect(await zoneErrors('src/components/x.tsx', value)).toHaveLength(1);
    expect(await zoneErrors('src/features/devices/api/x.ts', type)).toEqual([]);
    expect(await zoneErrors('src/lib/aws/x.ts', value)).toEqual([]);
  });
});
