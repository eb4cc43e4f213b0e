import { PageTitle } from '@/components/ui/page-title';

type ComingSoonProps = { title: string; purpose: string };

// Screens that later work fills in say plainly what they will hold, rather than showing nothing.
export function ComingSoon({ title, purpose }: ComingSoonProps) {
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <div className="card">
        <p>{purpose}</p>
        <p className="hint">This part of the portal is not ready yet.</p>
      </div>
    </>
  );
}
