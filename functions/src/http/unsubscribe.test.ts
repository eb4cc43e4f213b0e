import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminDb } from '../admin';
import { unsubscribeUrl } from '../mail/layout';
import { localSecrets, testServices } from '../testing/test-services';
import { unsubscribeToken } from '../mail/unsubscribe-token';

const [amara] = cohortA.participants;
// The emulated function itself; end-to-end tests reach it through the portal's address.
const functionUrl = 'http://127.0.0.1:5001/demo-leadership-portal/europe-west2/unsubscribe';
const settings = async () =>
  (await adminDb().doc(`notificationSettings/${amara!.uid}`).get()).data();

describe('one-click unsubscribe', () => {
  beforeEach(seedDemoData);

  it('turns one kind off on a POST without cookies, and says how to turn it back on', async () => {
    const services = testServices();
    const link = unsubscribeUrl(
      { portalUrl: services.portalUrl, linkSecret: services.linkSecret, now: new Date() },
      amara!.uid,
      'announcements',
    );
    const token = new URL(link).searchParams.get('t') ?? '';
    const look = await fetch(`${functionUrl}?t=${encodeURIComponent(token)}`);
    expect(look.status).toBe(200);
    expect(await look.text()).toContain('Stop emails about announcements?');
    expect(await settings()).toBeUndefined();

    const response = await fetch(`${functionUrl}?t=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('Emails about announcements are off');
    expect(page).toContain('To turn them back on, sign in to the portal and open Notifications');
    expect(await settings()).toMatchObject({
      announcements: false,
      moduleReminders: true,
      replies: 'digest',
    });
  });

  it('refuses a forged or expired token and changes nothing', async () => {
    const forged = unsubscribeToken(
      { uid: amara!.uid, kind: 'moduleReminders' },
      'wrong-secret',
      new Date(),
    );
    const forgedResponse = await fetch(`${functionUrl}?t=${encodeURIComponent(forged)}`, {
      method: 'POST',
    });
    expect(forgedResponse.status).toBe(400);
    const old = unsubscribeToken(
      { uid: amara!.uid, kind: 'moduleReminders' },
      localSecrets()['MAIL_LINK_SECRET'] ?? '',
      new Date(Date.now() - 91 * 24 * 60 * 60_000),
    );
    const expired = await fetch(`${functionUrl}?t=${encodeURIComponent(old)}`, { method: 'POST' });
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('This unsubscribe link has expired');
    expect(await settings()).toBeUndefined();
  });
});
