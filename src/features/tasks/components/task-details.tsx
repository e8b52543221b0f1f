import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';
import type { DescribeTaskCommandOutput } from '@aws-sdk/client-snow-device-management';
import { Suspense, useState } from 'react';
import { CancelledBy, CreatedBy } from '@/features/activity';
import type { Connection } from '@/lib/aws/connection';
import { CopyText } from '@/components/copy-text';
import { OutcomeIndicator } from '@/components/execution-state';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import { count } from '@/lib/plural';
import { isDashboardTag, TAGS } from '../api/batching';
import { CommandText } from './command-text';
import { partText } from './operation-tasks';

/** The task's tags; the dashboard's own (operation, command, part, planned size) only on request. */
function TaskTags({ tags }: { tags: Record<string, string> }) {
  const [showSystem, setShowSystem] = useState(false);
  const entries = Object.entries(tags);
  const system = entries.filter(([k]) => isDashboardTag(k)).length;
  const shown = showSystem ? entries : entries.filter(([k]) => !isDashboardTag(k));
  return (
    <SpaceBetween size="xxs">
      {shown.length ? shown.map(([k, v]) => <Box key={k} display="block" variant="code">{`${k} = ${v}`}</Box>) : <Box>-</Box>}
      {system > 0 && (
        <Toggle checked={showSystem} onChange={({ detail }) => setShowSystem(detail.checked)} description={`${count(system, 'tag')} the dashboard set to follow its operations`}>
          Show system tags
        </Toggle>
      )}
    </SpaceBetween>
  );
}

/** A task's metadata and tags, as DescribeTask gives them; the outcome counts its failed executions. */
export function TaskDetails({ connection, task, region, failed }: { connection: Connection; task: DescribeTaskCommandOutput; region: string; failed: number }) {
  const tags = task.tags ?? {};
  const op = tags[TAGS.operation];
  const retryOf = tags[TAGS.retryOf];
  return (
    <Container header={<Header variant="h2">Task details</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'Task ID', value: <CopyText text={task.taskId} label="Task ID" /> },
          { label: 'ARN', value: <CopyText text={task.taskArn} label="Task ARN" /> },
          { label: 'State', value: <OutcomeIndicator state={task.state} failed={failed} /> },
          { label: 'Command', value: <CommandText command={tags[TAGS.command]} /> },
          { label: 'Region', value: region },
          { label: 'Created', value: <RelativeTime date={task.createdAt} /> },
          { label: 'Last updated', value: <RelativeTime date={task.lastUpdatedAt} /> },
          { label: 'Completed', value: <RelativeTime date={task.completedAt} fallback="Not yet" /> },
          { label: 'Created by', info: 'From AWS CloudTrail', value: <Suspense fallback="…"><CreatedBy connection={connection} tasks={task.taskId ? [{ taskId: task.taskId, region }] : []} at={task.createdAt} /></Suspense> },
          ...(task.state === 'CANCELED' && task.taskId
            ? [{ label: 'Cancelled by', value: <Suspense fallback="…"><CancelledBy connection={connection} taskId={task.taskId} region={region} at={task.lastUpdatedAt} /></Suspense> }]
            : []),
          {
            label: 'Operation',
            value: op ? (
              <>
                <RouterLink href={`/tasks/operations/${encodeURIComponent(op)}`}>{op}</RouterLink>
                {tags[TAGS.batch] && <Box variant="small" display="block">Part {partText(tags[TAGS.batch])}</Box>}
              </>
            ) : (
              'Single task'
            ),
          },
          { label: 'Retry of', value: retryOf ? <RouterLink href={`/tasks/operations/${encodeURIComponent(retryOf)}`}>{retryOf}</RouterLink> : '-' },
          { label: 'Devices', value: String(task.targets?.length ?? 0) },
          ...(tags[TAGS.notFound] ? [{ label: 'Left out (not found)', value: (tags[TAGS.notFound] ?? '').split(' ').join(', ') }] : []),
          { label: 'Tags', value: <TaskTags tags={tags} /> },
        ]}
      />
    </Container>
  );
}
