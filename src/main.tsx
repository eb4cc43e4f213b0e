import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from './app/provider';
import { router } from './app/router';
import { startErrorReporting } from './lib/error-reporter';
import { registerOfflineShell } from './lib/offline-shell';
import './styles/global.css';

// First, so an error while the app starts is reported too.
startErrorReporting();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// In a transition React renders in slices and lets the browser answer input between them, so the
// first render is not one long task (the router's own updates are transitions already).
// Every screen but the public pages needs Firebase. Asked for now, it arrives beside the route's
// code rather than inside it: Auth starts restoring the sign-in sooner, and its evaluation is a
// task of its own instead of part of the route's (decision 0036). If it cannot load, the route
// that imports it says so.
import('./lib/firebase/app').catch(() => undefined);

const root = createRoot(container);
startTransition(() => {
  root.render(
    <StrictMode>
      <AppProvider>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
});

registerOfflineShell();
