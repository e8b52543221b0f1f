import Button from '@cloudscape-design/components/button';
import { useNavigate } from 'react-router';
import { count } from '@/lib/plural';
import { taskCreationState } from '@/lib/task-handover';
import { failedTargets, type TaskInfo } from '../api/operation-groups';

interface Props {
  tasks: TaskInfo[];
  /** The operation (or single task) retried: the new operation is tagged retry-of it. */
  retryOf: string;
  /** Undefined when not recorded: the operator chooses it on task creation. */
  command?: string;
  description?: string;
}

/** Opens task creation for the devices whose execution failed, timed out or was rejected. */
export function RetryFailedButton({ tasks, retryOf, command, description }: Props) {
  const navigate = useNavigate();
  const failed = failedTargets(tasks);
  const n = failed.length;
  return (
    <Button
      disabled={n === 0}
      disabledReason="No device failed, timed out or was rejected."
      onClick={() =>
        navigate('/tasks/create', {
          state: taskCreationState(command === 'reboot' || command === 'unlock' ? command : undefined, failed, { retryOf, description }),
        })
      }
    >
      Retry {count(n, 'failed device')}
    </Button>
  );
}
