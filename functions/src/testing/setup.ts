// Functions tests run inside `firebase emulators:exec`, which points the Admin SDK at the emulators.
process.env['GCLOUD_PROJECT'] ??= 'demo-leadership-portal';
