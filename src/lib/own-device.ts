// Shared NHS and council computers are common: data is kept on a device between sessions only when
// the person says at sign-in that it is their own.
const ownDeviceKey = 'portal.ownDevice';

export function isOwnDevice(): boolean {
  try {
    return localStorage.getItem(ownDeviceKey) === 'yes';
  } catch {
    return false;
  }
}

export function setOwnDevice(own: boolean): void {
  try {
    if (own) localStorage.setItem(ownDeviceKey, 'yes');
    else localStorage.removeItem(ownDeviceKey);
  } catch {
    // Storage refused (private browsing): the device is treated as shared, the safe choice.
  }
}

/** Deletes the portal's remembered settings and any Firestore cache kept on this device. */
export async function forgetDeviceCopies(): Promise<void> {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('portal.')) localStorage.removeItem(key);
    }
  } catch {
    // Nothing was stored.
  }
  await deleteFirestoreCache();
}

/** Firestore's offline cache can be fetched again; it is removed whenever the device is shared. */
export async function deleteFirestoreCache(): Promise<void> {
  const databases = (await indexedDB.databases?.()) ?? [];
  await Promise.all(
    databases
      .map((database) => database.name ?? '')
      .filter((name) => name.startsWith('firestore/'))
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}
