import { useId, useState } from 'react';
import {
  Checkbox,
  Form,
  Radios,
  SelectField,
  SubmitButton,
  TextField,
  invalid,
  saved,
  type FieldErrors,
} from '@/components/form';
import { LIMITS, materialKinds, type Material } from '@/lib/firestore/schemas';
import { isWebLink } from '@/lib/safe-link';

type Phase = 'before' | 'after';

const phaseOptions = [
  {
    value: 'before',
    label: 'Before the module: pre-reading',
    hint: 'Participants mark it done; required items count towards being ready.',
  },
  {
    value: 'after',
    label: 'After the module: slides, notes or a recording',
    hint: 'Shown on the module’s page, and never counted as pre-reading.',
  },
] as const;

/** A material with its phase set, or without one: pre-reading is stored with no phase at all. */
function withPhase(material: Material, phase: Phase): Material {
  const { phase: _old, ...rest } = material;
  return phase === 'after' ? { ...rest, phase: 'after', required: false } : rest;
}

type MaterialFormProps = {
  moduleId: string;
  moduleLabel: string;
  order: number;
  /** Where a new item goes unless the facilitator chooses otherwise. */
  phase?: Phase;
  existing?: Material;
  onSave: (material: Material) => Promise<unknown>;
  onCancel?: () => void;
};

export function MaterialForm({
  moduleId,
  moduleLabel,
  order,
  phase: startPhase = 'before',
  existing,
  onSave,
  onCancel,
}: MaterialFormProps) {
  const id = useId();
  const blank = (at: number): Material =>
    withPhase(
      {
        moduleId,
        title: '',
        source: '',
        kind: startPhase === 'after' ? 'other' : 'article',
        minutes: 15,
        required: true,
        url: '',
        order: at,
      },
      startPhase,
    );
  const [material, setMaterial] = useState<Material>(existing ?? blank(order));
  const after = material.phase === 'after';
  const set = <K extends keyof Material>(key: K, value: Material[K]) =>
    setMaterial((m) => ({ ...m, [key]: value }));

  async function handleSubmit() {
    const problems: FieldErrors = {};
    if (!material.title.trim()) problems[`${id}-title`] = 'Give the item a title.';
    if (material.url && !isWebLink(material.url))
      problems[`${id}-url`] = 'The link must start with https:// or http://.';
    if (!Number.isInteger(material.minutes) || material.minutes < 1)
      problems[`${id}-minutes`] = 'Estimate the time in whole minutes.';
    if (Object.keys(problems).length > 0) return invalid(problems);
    await onSave({
      ...material,
      title: material.title.trim(),
      source: material.source.trim(),
      url: material.url.trim(),
    });
    if (!existing) setMaterial(blank(order + 1));
    return saved(
      after
        ? 'Saved. Participants see it under “After the module” on the module’s page.'
        : 'Saved. Participants see it now.',
    );
  }

  return (
    <Form
      className="form material-form"
      onSubmit={handleSubmit}
      failure="The item could not be saved. Check your connection and try again; what you typed is still here."
      aria-label={
        existing
          ? `Edit ${existing.title}`
          : startPhase === 'after'
            ? `Add slides or notes for ${moduleLabel}`
            : `Add pre-reading for ${moduleLabel}`
      }
    >
      <Radios
        id={`${id}-phase`}
        name={`${id}-phase`}
        legend="When is it for?"
        value={after ? 'after' : 'before'}
        options={phaseOptions}
        onChange={(value) =>
          setMaterial((m) => withPhase({ ...m, required: true }, value as Phase))
        }
      />
      <TextField
        id={`${id}-title`}
        label="Title"
        maxLength={LIMITS.title}
        value={material.title}
        onChange={(value) => set('title', value)}
      />
      <TextField
        id={`${id}-source`}
        label="Author or source"
        maxLength={LIMITS.title}
        value={material.source}
        onChange={(value) => set('source', value)}
      />
      <TextField
        id={`${id}-url`}
        label="Link"
        type="url"
        value={material.url}
        onChange={(value) => set('url', value)}
      />
      <div className="field-row">
        <SelectField
          id={`${id}-kind`}
          label="Kind"
          value={material.kind}
          onChange={(value) => set('kind', value as Material['kind'])}
          options={materialKinds.map((kind) => ({
            value: kind,
            label: `${kind[0]?.toUpperCase() ?? ''}${kind.slice(1)}`,
          }))}
        />
        <TextField
          id={`${id}-minutes`}
          label="Minutes"
          type="number"
          min={1}
          max={600}
          value={material.minutes}
          onChange={(value) => set('minutes', Number(value))}
        />
      </div>
      {!after && (
        <Checkbox
          id={`${id}-required`}
          label="Required reading"
          checked={material.required}
          onChange={(value) => set('required', value)}
        />
      )}
      <p className="actions">
        <SubmitButton className="button small" pendingLabel="Saving…">
          {existing ? 'Save changes' : after ? 'Add to after the module' : 'Add to pre-reading'}
        </SubmitButton>
        {onCancel && (
          <button type="button" className="button secondary small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </Form>
  );
}
