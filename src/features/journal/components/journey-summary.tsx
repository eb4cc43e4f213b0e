import { useMyEntries } from '../api/entries';

export function ReflectionCount({ cohortId, uid }: { cohortId: string; uid: string }) {
  const { data: entries } = useMyEntries(cohortId, uid);
  const shared = entries.filter((entry) => entry.visibility !== 'private').length;
  return (
    <p>
      You wrote {entries.length} {entries.length === 1 ? 'reflection' : 'reflections'}
      {entries.length > 0 ? `, and shared ${shared} of them` : ''}.
    </p>
  );
}
