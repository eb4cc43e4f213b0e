import { useId, useState } from 'react';
import { Field, Form, SubmitButton, invalid, saved } from '@/components/form';
import { FILE_ACCEPT, fileProblem } from '@/lib/files';
import { attachFile, FileNotAttached, type FileHolder } from '@/lib/file-transfer';

type FileUploaderProps = { holder: FileHolder; label: string; onAttached?: () => void };

/** A facilitator's form to attach one file; loaded only for those who can attach. */
export default function FileUploader({ holder, label, onAttached }: FileUploaderProps) {
  const id = useId();
  const fieldId = `${id}-file`;
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);

  async function handleSubmit() {
    if (!file) return invalid({ [fieldId]: 'Choose a file to attach.' });
    const problem = fileProblem(file);
    if (problem) return invalid({ [fieldId]: problem });
    try {
      const attached = await attachFile(holder, file);
      setFile(null);
      setInputKey((key) => key + 1);
      onAttached?.();
      return saved(`“${attached.name}” is attached. Participants can open it now.`);
    } catch (error) {
      if (error instanceof FileNotAttached) return invalid({ [fieldId]: error.message });
      throw error;
    }
  }

  return (
    <Form
      className="form file-uploader"
      onSubmit={handleSubmit}
      failure="The file could not be attached. Check your connection and try again."
    >
      <Field
        id={fieldId}
        label={label}
        hint="PDF, Word, PowerPoint, Excel or an image, up to 25 MB."
      >
        {(control) => (
          <input
            key={inputKey}
            {...control}
            type="file"
            accept={FILE_ACCEPT}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <SubmitButton className="button secondary small" pendingLabel="Attaching…">
        Attach file
      </SubmitButton>
    </Form>
  );
}
