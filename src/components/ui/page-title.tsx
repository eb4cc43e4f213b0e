import { useEffect } from 'react';

// Sets document.title directly: index.html keeps a title for first paint, and a second <title> would not win.
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} · Collaborative leadership portal`;
  }, [children]);
  return null;
}
