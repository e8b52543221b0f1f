import Popover from '@cloudscape-design/components/popover';
import { commandLabel, COMMAND_NOT_RECORDED } from '@/lib/rules/commands';

/** A task's or operation's command, or "Not recorded" with the reason one click away. */
export function CommandText({ command }: { command: string | undefined }) {
  if (command) return <>{commandLabel(command)}</>;
  return (
    <Popover header="Command not recorded" content={COMMAND_NOT_RECORDED} triggerType="text" dismissButton={false} size="medium" position="top">
      Not recorded
    </Popover>
  );
}
