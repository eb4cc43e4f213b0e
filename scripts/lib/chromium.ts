// Debian's Chromium, started as this machine allows: it has no route to Google's services, so the
// background-networking flags keep Chromium from trying (and failing) at every start.
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
