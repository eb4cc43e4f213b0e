import { useEffect, useRef, type RefObject } from 'react';

/**
 * After "show more", moves focus to the first newly shown item (the element `selector` finds in
 * it), so keyboard and screen-reader users carry on from where the list grew.
 */
export function useFocusFirstNew(
  list: RefObject<HTMLElement | null>,
  count: number,
  selector: string,
) {
  const from = useRef<number | null>(null);
  useEffect(() => {
    const start = from.current;
    if (start === null || count <= start) return;
    from.current = null;
    const target = list.current?.children[start]?.querySelector<HTMLElement>(selector);
    if (!target) return;
    if (!target.matches('a, button, input, select, textarea')) target.tabIndex = -1;
    target.focus();
  }, [list, count, selector]);
  return (shownBefore: number) => {
    from.current = shownBefore;
  };
}

type ShowMoreProps = { loading: boolean; label: string; loadingLabel: string; onMore: () => void };

/** Keeps focus while loading (aria-disabled, not disabled) so nobody is dropped to the page top. */
export function ShowMore({ loading, label, loadingLabel, onMore }: ShowMoreProps) {
  return (
    <p className="actions">
      <button
        type="button"
        className="button secondary"
        aria-disabled={loading}
        onClick={() => {
          if (!loading) onMore();
        }}
      >
        {loading ? loadingLabel : label}
      </button>
    </p>
  );
}
