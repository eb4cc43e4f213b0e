type Task = () => Promise<unknown>;

const tasks = new Set<Task>();

/**
 * Work that must finish before the portal reloads itself for a new version, such as keeping the
 * last keystrokes of a draft on the device. Returns the function that takes the task back.
 */
export function beforeReload(task: Task): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

export async function settleBeforeReload(): Promise<void> {
  await Promise.allSettled([...tasks].map((task) => task()));
}
