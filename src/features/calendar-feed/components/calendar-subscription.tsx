import { useId, useState } from 'react';
import { Form, saved, SubmitButton } from '@/components/form';
import { formatWrittenOn } from '@/lib/dates';
import {
  makeCalendarAddress,
  subscribeLinks,
  turnOffCalendarAddress,
  useCalendarAddressStatus,
} from '../api/calendar-address';

type CalendarSubscriptionProps = { uid: string; headingLevel?: 'h2' | 'h3' };

/**
 * The person's own calendar feed: every module day, session and their director call, kept up to
 * date by their calendar app. The address is shown once, when made, as only its hash is kept.
 */
export function CalendarSubscription({ uid, headingLevel = 'h2' }: CalendarSubscriptionProps) {
  const headingId = useId();
  const Heading = headingLevel;
  const { data: madeOn, isPending, isError } = useCalendarAddressStatus(uid);
  const [address, setAddress] = useState<string | null>(null);
  // The button that turned it off is gone once it is off, so the notice stands in its place.
  const [turnedOff, setTurnedOff] = useState(false);

  return (
    <section className="card calendar-subscription" aria-labelledby={headingId}>
      <Heading id={headingId}>Your calendar, kept up to date</Heading>
      <p>
        Subscribe once and your own calendar shows every module day and session and your call with
        the programme director. When the timetable changes, your calendar follows; a cancelled day
        leaves it. Outlook and Google Calendar check for changes every few hours.
      </p>
      {address && <NewAddress address={address} />}
      {!address && madeOn && (
        <p>
          You made your address on {formatWrittenOn(madeOn)}. It is shown only once, when it is
          made. If you have lost it, or someone else may have it, make a new one: the old one stops
          working at once.
        </p>
      )}
      {turnedOff && (
        <p role="status" className="form-notice form-notice-success">
          Your calendar address is turned off. Calendars subscribed to it get nothing more.
        </p>
      )}
      {isError && (
        <p role="alert" className="inline-error">
          We could not check your calendar address just now. Reload the page to try again.
        </p>
      )}
      {!isPending && !isError && (
        <Form
          aria-labelledby={headingId}
          failure="That did not work just now. Try again in a moment; nothing has changed."
          onSubmit={async (button) => {
            if (button === 'turn-off') {
              await turnOffCalendarAddress(uid);
              setAddress(null);
              setTurnedOff(true);
              return undefined;
            }
            setAddress(await makeCalendarAddress(uid));
            setTurnedOff(false);
            return saved(
              madeOn
                ? 'Here is your new address. The old one no longer works.'
                : 'Here is your address.',
            );
          }}
        >
          <div className="actions">
            <SubmitButton name="make" pendingLabel="Making your address…">
              {madeOn || address ? 'Make a new address' : 'Subscribe to your calendar'}
            </SubmitButton>
            {(madeOn || address) && (
              <SubmitButton
                name="turn-off"
                className="button secondary"
                pendingLabel="Turning it off…"
              >
                Turn off the address
              </SubmitButton>
            )}
          </div>
        </Form>
      )}
    </section>
  );
}

function NewAddress({ address }: { address: string }) {
  const links = subscribeLinks(address);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const fieldId = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(address);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }

  return (
    <div className="field calendar-address">
      <label htmlFor={fieldId}>Your private calendar address</label>
      <p className="hint" id={`${fieldId}-hint`}>
        Anyone with it can see your timetable and your call time, so keep it to yourself. It is
        shown only now.
      </p>
      <input
        id={fieldId}
        readOnly
        value={address}
        aria-describedby={`${fieldId}-hint`}
        onFocus={(event) => event.currentTarget.select()}
      />
      <ul className="calendar-actions" aria-label="Subscribe">
        <li>
          <a className="button secondary" href={links.outlook} target="_blank" rel="noreferrer">
            Subscribe in Outlook
          </a>
        </li>
        <li>
          <a className="button secondary" href={links.google} target="_blank" rel="noreferrer">
            Subscribe in Google Calendar
          </a>
        </li>
        <li>
          <button type="button" className="button secondary" onClick={copy}>
            Copy the address
          </button>
          {copied === 'yes' && <span role="status"> Copied.</span>}
          {copied === 'no' && (
            <span role="alert" className="inline-error">
              {' '}
              Your browser did not let us copy it. Select the address above and copy it yourself.
            </span>
          )}
        </li>
      </ul>
      <p className="hint">
        On a phone or a Mac, <a href={links.webcal}>open it in your calendar app</a>.
      </p>
    </div>
  );
}
