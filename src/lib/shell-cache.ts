// The last shell a person saw for a cohort, so a reload without a connection still opens their drafts.
export type ShellSnapshot = {
  cohortName: string;
  /** The cohort's programme, as its record names and describes it; absent from older snapshots. */
  programmeName?: string;
  programmeDescription?: string;
  programmeDirector?: string;
  role: 'participant' | 'facilitator' | 'admin';
  canSwitchCohort: boolean;
  archived: boolean;
  /** The name on one's membership here, which the rules require on what one writes. */
  memberName?: string;
  /** The day one joined this cohort, where the membership records it. */
  joinedOn?: string;
};

const key = (uid: string, cohortId: string) => `portal.shell.${uid}.${cohortId}`;

export function rememberShell(uid: string, cohortId: string, shell: ShellSnapshot): void {
  try {
    localStorage.setItem(key(uid, cohortId), JSON.stringify(shell));
  } catch {
    // Storage can be refused; the shell then needs a connection, as it would anyway.
  }
}

export function lastShell(uid: string, cohortId: string): ShellSnapshot | null {
  try {
    const stored = localStorage.getItem(key(uid, cohortId));
    return stored ? (JSON.parse(stored) as ShellSnapshot) : null;
  } catch {
    return null;
  }
}
