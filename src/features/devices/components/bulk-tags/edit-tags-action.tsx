import Button from '@cloudscape-design/components/button';
import { Suspense, useMemo, useState } from 'react';
import type { Connection } from '@/lib/aws/connection';
import { lazyWithRetry } from '@/lib/lazy-retry';
import type { FleetRow } from '../../api/fleet-types';
import { useCallerIdentity } from '@/features/connection';
import { useTagDenial, viewerTagReason } from '../../api/tag-permission';
import type { TagTarget } from '../../model/tag-diff';
import { useBulkTagRun } from './use-bulk-tag-run';

type Target = { managedDeviceId: string; region: string };

// The dialog (its editor, preview and progress) loads when first opened, not with the inventory.
const BulkTagsModal = lazyWithRetry(() => import('./bulk-tags-modal').then((m) => ({ default: m.BulkTagsModal })));

/** What the preview knows of a device: tags from its description, else from the listing, else unknown. */
function targetOf(t: Target, row: FleetRow | undefined): TagTarget {
  return {
    ...t,
    resourceArn: row?.detail?.managedDeviceArn ?? row?.summary.managedDeviceArn,
    tags: row?.detail ? (row.detail.tags ?? {}) : row?.summary.tags,
  };
}

interface Props {
  connection: Connection;
  selected: ReadonlyMap<string, Target>;
  rows: readonly FleetRow[];
}

/** "Edit tags" on the selected devices, disabled with the reason once the service refused a tag change. */
export function EditTagsAction({ connection, selected, rows }: Props) {
  const denial = useTagDenial(connection);
  const identity = useCallerIdentity(connection);
  const runner = useBulkTagRun(connection);
  const [open, setOpen] = useState(false);
  // The devices are fixed when the dialog opens; their tags follow the fleet while it is open.
  const [chosen, setChosen] = useState<ReadonlyMap<string, Target>>(new Map());
  const targets = useMemo(() => {
    if (!open) return [];
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return [...chosen].map(([key, t]) => targetOf(t, byKey.get(key)));
  }, [open, chosen, rows]);
  const { run } = runner;
  const running = run?.running ?? false;
  const ended = run ? [...run.outcomes.values()].filter((o) => o.state !== 'waiting').length : 0;

  const onClick = () => {
    if (!running) {
      runner.reset();
      setChosen(new Map(selected));
    }
    setOpen(true);
  };
  const viewer = viewerTagReason(connection, identity.data?.arn);
  const refused = denial ? `Your role may not change tags. ${denial.reason}` : viewer;
  const reason = refused ?? (selected.size === 0 && !running ? 'Select devices first.' : undefined);
  return (
    <>
      <Button disabled={Boolean(refused) && !running ? true : selected.size === 0 && !running} disabledReason={reason} onClick={onClick}>
        {running ? `Changing tags (${ended}/${run?.plans.length ?? 0})` : 'Edit tags'}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <BulkTagsModal
            visible
            onDismiss={() => setOpen(false)}
            targets={targets}
            multiRegion={connection.regions.length > 1}
            runner={runner}
            denial={denial}
          />
        </Suspense>
      )}
    </>
  );
}
