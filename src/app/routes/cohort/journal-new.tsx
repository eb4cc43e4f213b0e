import { doc, collection } from 'firebase/firestore';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { paths } from '@/config/paths';
import { db } from '@/lib/firebase/firestore';
import { requireUser } from '@/lib/firebase/session';

// A new entry gets its id before the first word is written, so every save of it lands on one document.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const cohortId = params['cohortId'] ?? '';
  const entryId = doc(collection(db, 'cohorts', cohortId, 'journal')).id;
  const moduleId = new URL(request.url).searchParams.get('module');
  const target = paths.journalEdit(cohortId, entryId);
  throw redirect(moduleId ? `${target}?module=${encodeURIComponent(moduleId)}` : target);
}

export function Component() {
  return <Loading label="Starting a new reflection…" />;
}
