// The floor for the benchmark: the least a page on the portal's stack can do. It restores a
// sign-in, reads one Firestore document with Firestore Lite in a route loader through TanStack
// Query, and shows it, as the dashboard's first view does. `npm run bench` reports the dashboard's
// JavaScript and blocking time as ratios to this page's.
import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { initializeApp } from 'firebase/app';
import {
  browserLocalPersistence,
  browserSessionPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
  signInWithEmailAndPassword,
} from 'firebase/auth';
import { connectFirestoreEmulator, doc, getDoc, getFirestore } from 'firebase/firestore/lite';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider, useParams } from 'react-router';

const env = import.meta.env;
const app = initializeApp({
  apiKey: env.VITE_FIREBASE_API_KEY,
  authDomain: env.VITE_FIREBASE_AUTH_DOMAIN,
  projectId: env.VITE_FIREBASE_PROJECT_ID,
  appId: env.VITE_FIREBASE_APP_ID,
});
const auth = initializeAuth(app, {
  persistence: [indexedDBLocalPersistence, browserLocalPersistence, browserSessionPersistence],
});
connectAuthEmulator(auth, env.VITE_AUTH_EMULATOR_URL, { disableWarnings: true });
const db = getFirestore(app);
const [host = '127.0.0.1', port = '8080'] = String(env.VITE_FIRESTORE_EMULATOR_HOST).split(':');
connectFirestoreEmulator(db, host, Number(port));

const queryClient = new QueryClient();
const cohortQuery = (cohortId: string) => ({
  queryKey: ['cohort', cohortId],
  queryFn: async () => String((await getDoc(doc(db, 'cohorts', cohortId))).get('name')),
});

// The benchmark signs in once with the address and password in the query string; every measured
// load after that restores the sign-in from the browser profile, as the dashboard does.
async function signedIn(request: Request) {
  await auth.authStateReady();
  const url = new URL(request.url);
  const email = url.searchParams.get('email');
  const password = url.searchParams.get('password');
  if (!auth.currentUser && email && password) {
    await signInWithEmailAndPassword(auth, email, password);
  }
  if (!auth.currentUser) throw new Error('The floor page needs a signed-in profile.');
}

function Cohort() {
  const { cohortId = '' } = useParams();
  const { data: name } = useSuspenseQuery(cohortQuery(cohortId));
  return (
    <main>
      <h1>{name}</h1>
    </main>
  );
}

const router = createBrowserRouter([
  {
    path: '/cohorts/:cohortId',
    loader: async ({ request, params }) => {
      await signedIn(request);
      return queryClient.ensureQueryData(cohortQuery(params['cohortId'] ?? ''));
    },
    Component: Cohort,
  },
]);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
