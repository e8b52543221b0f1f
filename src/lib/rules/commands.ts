/** How the dashboard's commands read on screen, capitalised as the console writes them. */
export const COMMAND_LABELS: Readonly<Record<string, string>> = { reboot: 'Reboot', unlock: 'Unlock' };

/** A command as it reads; an unknown one as it comes. */
export function commandLabel(command: string): string {
  return COMMAND_LABELS[command] ?? command;
}

/** Why a task's command can be unknown: written once, read wherever a command is shown. */
export const COMMAND_NOT_RECORDED =
  'Snow Device Management does not report which command a task runs. The dashboard records it in a tag on the tasks it creates; this one was created elsewhere (the AWS CLI, an SDK or another tool).';
