import { hostname, userInfo } from 'node:os';

/** Who the audit log names for a command run by hand: the operator's login and machine. */
export function commandLineActor(command: string) {
  return {
    uid: 'command-line',
    label: `${userInfo().username}@${hostname()} on the command line (${command})`,
  };
}
