import { beforeEach, describe, expect, it } from 'vitest';
import { caughtEmails, clearInbox, rawHeader } from '../../../tests/support/mail-catcher';
import { adminDb } from '../admin';
import { testServices, workingTransport } from '../testing/test-services';
import { LEDGER_BODY_DAYS } from '@/lib/retention';
import {
  BODY_EXPIRES_FIELD,
  LEDGER,
  PROBLEMS,
  bodyRef,
  claim,
  deliver,
  ledgerId,
  retryDueMail,
  sendOnce,
} from './ledger';
import type { MailMessage } from './message';

const message = (to: string): MailMessage => ({
  to,
  subject: 'Ledger test',
  text: 'Plain words',
  html: '<p>Plain words</p>',
});

const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe('the mail ledger', () => {
  let id: string;
  beforeEach(async () => {
    await clearInbox();
    id = ledgerId('test', String(Date.now()), String(Math.random()).slice(2));
  });

  it('sends a claimed email once, however often it is claimed', async () => {
    const services = testServices();
    const claim = {
      id,
      kind: 'announcements' as const,
      recipientUid: 'u1',
      message: message('once@example.org'),
    };
    expect(await sendOnce(services, claim)).toBe(true);
    expect(await sendOnce(services, claim)).toBe(false);
    await Promise.all([sendOnce(services, claim), sendOnce(services, claim)]);
    const emails = (await caughtEmails()).filter((e) => e.to[0]?.address === 'once@example.org');
    expect(emails).toHaveLength(1);
    expect((await adminDb().collection(LEDGER).doc(id).get()).get('status')).toBe('sent');
  });

  it('records a failed send for the programme team and retries it with backoff', async () => {
    const start = new Date();
    const failing = testServices({
      now: start,
      transport: { send: () => Promise.reject(new Error('connection refused by the relay')) },
    });
    const claim = {
      id,
      kind: 'announcements' as const,
      recipientUid: 'u1',
      message: message('retry@example.org'),
    };
    expect(await sendOnce(failing, claim)).toBe(false);
    const entry = (await adminDb().collection(LEDGER).doc(id).get()).data();
    expect(entry?.['status']).toBe('failed');
    const problem = (await adminDb().collection(PROBLEMS).doc(id).get()).data();
    expect(problem).toMatchObject({
      to: 'retry@example.org',
      subject: 'Ledger test',
      attempts: 1,
      willRetry: true,
      lastError: 'connection refused by the relay',
    });
    expect(problem).not.toHaveProperty('text');

    // Not before the backoff has passed, then once.
    const soon = testServices({ now: minutesAfter(start, 1), transport: workingTransport() });
    await retryDueMail(soon);
    expect(await caughtEmails()).toHaveLength(0);
    const later = testServices({ now: minutesAfter(start, 6), transport: workingTransport() });
    await retryDueMail(later);
    await retryDueMail(later);
    const emails = (await caughtEmails()).filter((e) => e.to[0]?.address === 'retry@example.org');
    expect(emails).toHaveLength(1);
    expect((await adminDb().collection(LEDGER).doc(id).get()).get('attempts')).toBe(2);
    expect((await adminDb().collection(PROBLEMS).doc(id).get()).exists).toBe(false);
  });

  it('keeps the words apart, to expire after 30 days, and still refuses a second send once they have', async () => {
    const start = new Date('2027-01-04T07:00:00Z');
    const services = testServices({ now: start });
    const claimed = {
      id,
      kind: 'announcements' as const,
      recipientUid: 'u1',
      message: { ...message('forget@example.org'), headers: { 'List-Unsubscribe': '<https://x>' } },
    };
    expect(await sendOnce(services, claimed)).toBe(true);
    const entry = (await adminDb().collection(LEDGER).doc(id).get()).data();
    expect(entry?.['message']).toEqual({ to: 'forget@example.org', subject: 'Ledger test' });
    expect(JSON.stringify(entry)).not.toContain('Plain words');
    const body = (await bodyRef(adminDb(), id).get()).data();
    expect(body?.['text']).toBe('Plain words');
    expect(body?.[BODY_EXPIRES_FIELD].toMillis()).toBe(
      start.getTime() + LEDGER_BODY_DAYS * 24 * 3600_000,
    );

    // The emulator runs no TTL: delete the words as the policy would, 30 days on.
    await bodyRef(adminDb(), id).delete();
    const later = testServices({ now: new Date(start.getTime() + 31 * 24 * 3600_000) });
    expect(await sendOnce(later, claimed)).toBe(false);
    expect(await retryDueMail(later)).toBe(0);
    const emails = (await caughtEmails()).filter((e) => e.to[0]?.address === 'forget@example.org');
    expect(emails).toHaveLength(1);
    // The headers travel with the words and reach the transport.
    expect(await rawHeader(emails[0]!, 'List-Unsubscribe')).toBe('<https://x>');
    expect((await adminDb().collection(LEDGER).doc(id).get()).data()).toMatchObject({
      status: 'sent',
      message: { to: 'forget@example.org', subject: 'Ledger test' },
    });
  });

  it('gives up on an email whose words expired before it could be sent', async () => {
    const services = testServices();
    await claim(services, {
      id,
      kind: 'announcements',
      recipientUid: 'u1',
      message: message('expired@example.org'),
    });
    await bodyRef(adminDb(), id).delete();
    expect(await deliver(services, id)).toBe('skipped');
    expect((await adminDb().collection(LEDGER).doc(id).get()).get('status')).toBe('abandoned');
    expect(await caughtEmails()).toHaveLength(0);
  });
});
