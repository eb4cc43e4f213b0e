import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';

/** Messages keyed by the id of the control they belong to, in the order the summary lists them. */
export type FieldErrors = Record<string, string>;

export type Notice = { tone: 'success' | 'error'; text: string };

/** What a submit handler returns: field errors, a notice for beside the button, or nothing. */
export type Outcome = { errors: FieldErrors } | { notice: Notice } | undefined;

export const invalid = (errors: FieldErrors): Outcome => ({ errors });
export const saved = (text: string): Outcome => ({ notice: { tone: 'success', text } });
export const failed = (text: string): Outcome => ({ notice: { tone: 'error', text } });

type Settled = { errors: FieldErrors; notice: Notice | null };

type FormState = {
  errors: FieldErrors;
  pending: boolean;
  notice: Notice | null;
  at: string | null;
};

const FormContext = createContext<FormState>({
  errors: {},
  pending: false,
  notice: null,
  at: null,
});

/** The field errors, notice and pending state of the form around a control. */
export const useFormState = () => useContext(FormContext);

type FormProps = {
  /**
   * Runs on submit with the `name` of the button that was pressed. Field values stay in the form's
   * own state, so nothing typed is lost when this returns errors or throws.
   */
  onSubmit: (button: string | null) => Promise<Outcome> | Outcome;
  /** Shown beside the button when `onSubmit` throws. */
  failure: string;
  className?: string;
  children: ReactNode;
} & Pick<React.ComponentProps<'form'>, 'aria-label' | 'aria-labelledby' | 'id' | 'role'>;

export function Form({ onSubmit, failure, className = 'form', children, ...rest }: FormProps) {
  // A second Enter or tap can arrive before React has re-rendered the button as disabled.
  const busy = useRef(false);
  // Plain state rather than an action's: a submit may wait on another form (the password dialog
  // a change opens), and React holds back every action's result until all pending actions end.
  const [settled, setSettled] = useState<Settled | null>(null);
  const [pending, setPending] = useState(false);
  const [pressed, setPressed] = useState<string | null>(null);

  async function run(button: string | null): Promise<Settled> {
    try {
      const outcome = await onSubmit(button);
      if (outcome && 'errors' in outcome && Object.keys(outcome.errors).length > 0) {
        return { errors: outcome.errors, notice: null };
      }
      return { errors: {}, notice: outcome && 'notice' in outcome ? outcome.notice : null };
    } catch {
      return { errors: {}, notice: { tone: 'error', text: failure } };
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const button = submitter instanceof HTMLButtonElement && submitter.name ? submitter.name : null;
    setPressed(button);
    setPending(true);
    void run(button).then((result) => {
      busy.current = false;
      setSettled(result);
      setPending(false);
    });
  }

  const state: FormState = {
    errors: settled?.errors ?? {},
    pending,
    notice: pending ? null : (settled?.notice ?? null),
    at: pressed,
  };

  return (
    <FormContext value={state}>
      <form className={className} onSubmit={handleSubmit} noValidate {...rest}>
        <ErrorSummary settled={settled} />
        {children}
      </form>
    </FormContext>
  );
}

function ErrorSummary({ settled }: { settled: Settled | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const entries = Object.entries(settled?.errors ?? {});
  useEffect(() => {
    if (settled && Object.keys(settled.errors).length > 0) ref.current?.focus();
  }, [settled]);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby={titleId}>
      <div role="alert">
        <h2 id={titleId} className="error-summary-title">
          There is a problem
        </h2>
        <ul>
          {entries.map(([id, message]) => (
            <li key={id}>
              <a href={`#${id}`} onClick={(event) => goToField(event, id)}>
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function goToField(event: React.MouseEvent<HTMLAnchorElement>, id: string) {
  const control = document.getElementById(id);
  if (!control) return;
  event.preventDefault();
  control.focus();
  control.closest('.field, fieldset')?.scrollIntoView({ block: 'start' });
}

type SubmitButtonProps = {
  /** Names the button so its notice appears beside it; needed only where a form has several. */
  name?: string;
  /** What the button says while its submit runs, e.g. "Saving…". */
  pendingLabel: string;
  className?: string;
  children: ReactNode;
};

/** A submit button with its notice beside it; every button of the form waits while one runs. */
export function SubmitButton({
  name,
  pendingLabel,
  className = 'button',
  children,
}: SubmitButtonProps) {
  const { pending, notice, at } = useFormState();
  const mine = (at ?? '') === (name ?? '');
  return (
    <span className="submit">
      <button type="submit" name={name} className={className} disabled={pending}>
        {pending && mine ? pendingLabel : children}
      </button>
      {mine && notice && <FormNotice notice={notice} />}
    </span>
  );
}

function FormNotice({ notice }: { notice: Notice }) {
  const ref = useRef<HTMLSpanElement>(null);
  // Centred, not merely nearest: live data arriving just after a save can push the form down.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center' });
  }, [notice]);
  return (
    <span
      ref={ref}
      className={`form-notice form-notice-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
    >
      {notice.text}
    </span>
  );
}
