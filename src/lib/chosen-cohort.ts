const storageKey = (uid: string) => `portal.chosenCohort.${uid}`;

// Remembered per person and device, so someone in two cohorts lands in the one they used last.
export function rememberChosenCohort(uid: string, cohortId: string): void {
  try {
    localStorage.setItem(storageKey(uid), cohortId);
  } catch {
    // Private browsing can refuse storage; the chooser still works without it.
  }
}

export function chosenCohort(uid: string): string | null {
  try {
    return localStorage.getItem(storageKey(uid));
  } catch {
    return null;
  }
}
