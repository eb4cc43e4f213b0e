import { TextEntryForm } from '@/components/ui/text-entry-form';
import { LIMITS } from '@/lib/firestore/schemas';

export function AddGoalForm({ onAdd }: { onAdd: (text: string) => Promise<unknown> }) {
  return (
    <TextEntryForm
      id="new-goal"
      className="form card"
      heading={<h2>Add a goal of your own</h2>}
      label="Your goal"
      submitLabel="Add goal"
      maxLength={LIMITS.goal}
      emptyMessage="Write your goal before adding it."
      failureMessage="We could not add your goal. Check your connection and try again; your text is still here."
      successMessage="Goal added."
      onSubmit={onAdd}
    />
  );
}
