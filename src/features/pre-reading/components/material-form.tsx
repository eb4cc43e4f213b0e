import { useId, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { LIMITS, materialKinds, type Material } from '@/lib/firestore/schemas';
import { isWebLink } from '@/lib/safe-link';

type MaterialFormProps = {
  moduleId: string;
  moduleLabel: string;
  order: number;
  existing?: Material;
  onSave: (material: Material) => Promise<unknown>;
  onCancel?: () => void;
};

export function MaterialForm({
  moduleId,
  moduleLabel,
  order,
  existing,
  onSave,
  onCancel,
}: MaterialFormProps) {
  const id = useId();
  const [material, setMaterial] = useState<Material>(
    existing ?? {
      moduleId,
      title: '',
      source: '',
      kind: 'article',
      minutes: 15,
      required: true,
      url: '',
      order,
    },
  );
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof Material>(key: K, value: Material[K]) =>
    setMaterial((m) => ({ ...m, [key]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!material.title.trim()) return setError('Give the item a title.');
    if (material.url && !isWebLink(material.url))
      return setError('The link must start with https:// or http://.');
    if (!Number.isInteger(material.minutes) || material.minutes < 1)
      return setError('Estimate the time in whole minutes.');
    try {
      await onSave({
        ...material,
        title: material.title.trim(),
        source: material.source.trim(),
        url: material.url.trim(),
      });
      setError(null);
      setSaved(true);
      if (!existing)
        setMaterial({
          moduleId,
          title: '',
          source: '',
          kind: 'article',
          minutes: 15,
          required: true,
          url: '',
          order: order + 1,
        });
    } catch {
      setError(
        'The item could not be saved. Check your connection and try again; what you typed is still here.',
      );
    }
  }

  return (
    <form
      className="form material-form"
      onSubmit={handleSubmit}
      noValidate
      aria-label={existing ? `Edit ${existing.title}` : `Add pre-reading for ${moduleLabel}`}
    >
      {error && <Alert tone="error">{error}</Alert>}
      {saved && !error && <Alert tone="success">Saved. Participants see it now.</Alert>}
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          maxLength={LIMITS.title}
          value={material.title}
          onChange={(e) => set('title', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>Author or source</label>
        <input
          id={`${id}-source`}
          maxLength={LIMITS.title}
          value={material.source}
          onChange={(e) => set('source', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-url`}>Link</label>
        <input
          id={`${id}-url`}
          type="url"
          value={material.url}
          onChange={(e) => set('url', e.target.value)}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={material.kind}
            onChange={(e) => set('kind', e.target.value as Material['kind'])}
          >
            {materialKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kind[0]?.toUpperCase()}
                {kind.slice(1)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-minutes`}>Minutes</label>
          <input
            id={`${id}-minutes`}
            type="number"
            min={1}
            max={600}
            value={material.minutes}
            onChange={(e) => set('minutes', Number(e.target.value))}
          />
        </div>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={material.required}
          onChange={(e) => set('required', e.target.checked)}
        />
        Required reading
      </label>
      <p className="actions">
        <button type="submit" className="button small">
          {existing ? 'Save changes' : 'Add to pre-reading'}
        </button>
        {onCancel && (
          <button type="button" className="button secondary small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </form>
  );
}
