import { useEffect, useRef, useState, type ReactNode } from 'react';

type WhenNearViewProps = {
  children: ReactNode;
  /** How far below the screen's edge the content starts to load, so it is there when scrolled to. */
  margin?: string;
};

/**
 * Shows its content once it is near the screen. For a card at the end of a column: its code and its
 * reads wait until someone scrolls towards it, and since nothing comes after it, arriving late moves
 * nothing. Without IntersectionObserver the content shows at once.
 */
export function WhenNearView({ children, margin = '300px' }: WhenNearViewProps) {
  const marker = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    const element = marker.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);

  return near ? children : <div ref={marker} />;
}
