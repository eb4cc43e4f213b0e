import { Link, useLocation } from 'react-router';

type Back = { to: string; label: string };

/** Navigation state naming the screen a link was followed from, for that screen's "Back to" link. */
export function backTo(to: string, label: string): { back: Back } {
  return { back: { to, label } };
}

function isBack(value: unknown): value is Back {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Back).to === 'string' &&
    (value as Back).to.startsWith('/') &&
    !(value as Back).to.startsWith('//') &&
    typeof (value as Back).label === 'string'
  );
}

/**
 * A link back to where the person came from. Opened from a bookmark or an email there is no such
 * place, so it goes to the screen this one belongs under.
 */
export function BackLink({ fallback }: { fallback: Back }) {
  const state: unknown = useLocation().state;
  const back =
    typeof state === 'object' && state !== null && isBack((state as { back?: unknown }).back)
      ? (state as { back: Back }).back
      : fallback;
  return (
    <p>
      <Link to={back.to}>Back to {back.label}</Link>
    </p>
  );
}
