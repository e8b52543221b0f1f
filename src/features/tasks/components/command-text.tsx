import Popover from '@cloudscape-design/components/popover';

/** Why a task's command can be unknown: written once, read wherever a command is shown. */
export const COMMAND_NOT_RECORDED =
  'Snow Device Management does not report which command a task runs. The dashboard records it in a tag on the tasks it creates; this one was created elsewhere (the AWS CLI, an SDK or another tool).';

/** A task's or operation's command, or "Not recorded" with the reason one click away. */
export function CommandText({ command }: { command: string | undefined }) {
  if (command) return <>{command}</>;
  return (
    <Popover header="Command not recorded" content={COMMAND_NOT_RECORDED} triggerType="text" dismissButton={false} size="medium" position="top">
      Not recorded
    </Popover>
  );
}
