import { useEffect, useRef } from 'react';

/**
 * What a save did, put where the form that was pressed stood. The form has closed, so focus comes
 * here rather than falling to the top of the page, and a screen reader reads it out.
 */
export function SavedNotice({ children }: { children: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [children]);
  return (
    <p
      ref={ref}
      className="form-notice form-notice-success saved-notice"
      role="status"
      tabIndex={-1}
    >
      {children}
    </p>
  );
}
