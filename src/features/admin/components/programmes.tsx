import { Alert } from '@/components/ui/alert';
import {
  useCompletionRule,
  useProgrammes,
  useSaveOutline,
  useSaveProgramme,
  useSetCompletionRule,
} from '../api/programmes';
import { CompletionRuleForm } from './completion-rule-form';
import { ProgrammeDetailsForm } from './programme-details-form';
import { ProgrammeOutlineForm } from './programme-outline-form';

export function Programmes({ uid }: { uid: string }) {
  const { data: programmes } = useProgrammes();
  const save = useSaveProgramme();
  const saveOutline = useSaveOutline();
  return (
    // The page's own heading says "Programmes"; each programme is a section under its name.
    <div className="stack">
      {programmes.map(({ id, outline, ...details }) => (
        <section key={id} aria-labelledby={`${id}-heading`} className="stack">
          <ProgrammeDetailsForm
            programmeId={id}
            initial={details}
            onSave={(changed) => save.mutateAsync({ id, details: changed })}
          />
          <ProgrammeOutlineForm
            programmeId={id}
            programmeName={details.name}
            initial={outline}
            onSave={(changed) => saveOutline.mutateAsync({ id, outline: changed })}
          />
          <ProgrammeCompletion programmeId={id} programmeName={details.name} uid={uid} />
        </section>
      ))}
    </div>
  );
}

function ProgrammeCompletion({
  programmeId,
  programmeName,
  uid,
}: {
  programmeId: string;
  programmeName: string;
  uid: string;
}) {
  const rule = useCompletionRule(programmeId);
  const save = useSetCompletionRule(programmeId, uid);
  if (rule.isPending) return <p>Loading what completing the programme means…</p>;
  if (rule.isError)
    return <Alert tone="error">The completion rule could not be loaded. Reload the page.</Alert>;
  return (
    <CompletionRuleForm
      programmeId={programmeId}
      programmeName={programmeName}
      initial={rule.data}
      onSave={(changed) => save.mutateAsync(changed)}
    />
  );
}
