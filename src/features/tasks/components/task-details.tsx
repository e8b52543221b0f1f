import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import type { DescribeTaskCommandOutput } from '@aws-sdk/client-snow-device-management';
import { CopyText } from '@/components/copy-text';
import { TaskStateIndicator } from '@/components/execution-state';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import { TAGS } from '../api/batching';

/** A task's metadata and tags, as DescribeTask gives them. */
export function TaskDetails({ task, region }: { task: DescribeTaskCommandOutput; region: string }) {
  const tags = task.tags ?? {};
  const op = tags[TAGS.operation];
  const retryOf = tags[TAGS.retryOf];
  return (
    <Container header={<Header variant="h2">Task details</Header>}>
      <KeyValuePairs
        columns={4}
        items={[
          { label: 'Task ID', value: <CopyText text={task.taskId} label="Task ID" /> },
          { label: 'ARN', value: <CopyText text={task.taskArn} label="Task ARN" /> },
          { label: 'State', value: <TaskStateIndicator state={task.state} /> },
          { label: 'Command', value: tags[TAGS.command] ?? 'unknown' },
          { label: 'Region', value: region },
          { label: 'Created', value: <RelativeTime date={task.createdAt} /> },
          { label: 'Last updated', value: <RelativeTime date={task.lastUpdatedAt} /> },
          { label: 'Completed', value: <RelativeTime date={task.completedAt} fallback="Not yet" /> },
          {
            label: 'Operation',
            value: op ? (
              <>
                <RouterLink href={`/tasks/operations/${encodeURIComponent(op)}`}>{op}</RouterLink>
                {tags[TAGS.batch] && <Box variant="small" display="block">Batch {tags[TAGS.batch]}</Box>}
              </>
            ) : (
              'Single task'
            ),
          },
          { label: 'Retry of', value: retryOf ? <RouterLink href={`/tasks/operations/${encodeURIComponent(retryOf)}`}>{retryOf}</RouterLink> : '-' },
          { label: 'Devices', value: String(task.targets?.length ?? 0) },
          {
            label: 'Tags',
            value: Object.keys(tags).length ? (
              Object.entries(tags).map(([k, v]) => <Box key={k} display="block" variant="code">{`${k} = ${v}`}</Box>)
            ) : (
              '-'
            ),
          },
        ]}
      />
    </Container>
  );
}
