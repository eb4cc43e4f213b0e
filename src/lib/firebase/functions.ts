import { getFunctions, httpsCallableFromURL } from 'firebase/functions';
import { firebaseApp } from './app';

/**
 * A callable function, reached at the portal's own address (/api/<name>): Hosting rewrites it to
 * the function (firebase.json) and locally Vite passes it to the Functions emulator, so the
 * Content-Security-Policy needs nothing beyond 'self'. Import this module lazily: only the
 * screens that call a function should load the Functions SDK.
 */
export function callable<Request, Response>(name: string) {
  return httpsCallableFromURL<Request, Response>(
    getFunctions(firebaseApp, 'europe-west2'),
    `${window.location.origin}/api/${name}`,
  );
}
