import { useEffect } from 'react';

// Before sign-in the portal has no programme yet; the cohort shell names it once it knows.
let portalName = 'Leadership portal';
export const namePortal = (name: string) => {
  portalName = name;
};

// Sets document.title directly: index.html keeps a title for first paint, and a second <title> would not win.
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} · ${portalName}`;
  }, [children]);
  return null;
}
