import { beforeEach, describe, expect, it } from 'vitest';
import type { AttachedFile } from '@/lib/files';
import { cohortA, cohortB } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminDb } from '../admin';
import { callFunction, idTokenOf } from '../testing/callables';
import { filesBucket } from './bucket';

// Against fake-gcs-server, which stands in for the bucket but checks no signature (decision 0035):
// what these prove is who is given a URL, what is recorded, and what is deleted.
const [helen] = cohortA.facilitators;
const [amara] = cohortA.participants;
const [priya] = cohortB.facilitators;
const [dylan] = cohortB.participants;
// A new material for each test: seeding deletes the last test's, and the trigger that then deletes
// its files runs a moment later, so it must not share their place in the bucket.
let material: { cohortId: string; target: 'material'; targetId: string };
let materialPath: string;
const PDF = Buffer.from('%PDF-1.4\n% Module 3 slides\n');

type Upload = { fileId: string; url: string; type: string };
const askToUpload = (token: string, file: { name: string; size: number; type: string }) =>
  callFunction<Upload>('fileUploadUrl', token, { ...material, ...file });
const confirm = (token: string, fileId: string, name: string) =>
  callFunction<AttachedFile>('confirmFileUpload', token, { ...material, fileId, name });
const askToDownload = (token: string, fileId: string) =>
  callFunction<{ url: string; name: string }>('fileDownloadUrl', token, { ...material, fileId });
const put = (upload: Upload, body: Buffer, type = upload.type) =>
  fetch(upload.url, {
    method: 'PUT',
    headers: { 'Content-Type': type, 'x-goog-content-length-range': `1,${25 * 1024 * 1024}` },
    body: new Uint8Array(body),
  });
const stored = async () =>
  (await filesBucket().getFiles({ prefix: `${materialPath}/` }))[0].map((file) => file.name);
const recorded = async () =>
  ((await adminDb().doc(materialPath).get()).get('files') ?? []) as AttachedFile[];

describe('files attached to a material', () => {
  beforeEach(async () => {
    await seedDemoData();
    const targetId = `m3-slides-${Date.now()}`;
    material = { cohortId: cohortA.id, target: 'material', targetId };
    materialPath = `cohorts/${cohortA.id}/materials/${targetId}`;
    await adminDb().doc(materialPath).set({
      moduleId: 'module-3',
      title: 'Slides and notes of the day',
      source: '',
      kind: 'other',
      minutes: 10,
      required: false,
      url: '',
      order: 9,
    });
  });

  it('a facilitator uploads a PDF, and a participant of the cohort opens it', async () => {
    const helenToken = await idTokenOf(helen!.email);
    const asked = await askToUpload(helenToken, {
      name: 'Module 3 slides.pdf',
      size: PDF.length,
      type: 'application/pdf',
    });
    const upload = asked.result as Upload;
    expect(upload.type).toBe('application/pdf');
    expect(new URL(upload.url).searchParams.get('X-Goog-Expires')).toBe('900');
    expect((await put(upload, PDF)).ok).toBe(true);
    const first = await confirm(helenToken, upload.fileId, 'Module 3 slides.pdf');
    const again = await confirm(helenToken, upload.fileId, 'Module 3 slides.pdf');
    expect(first.result).toEqual(again.result);
    expect(await recorded()).toEqual([
      {
        id: upload.fileId,
        name: 'Module 3 slides.pdf',
        size: PDF.length,
        type: 'application/pdf',
        path: `${materialPath}/${upload.fileId}/Module-3-slides.pdf`,
      },
    ]);

    const opened = await askToDownload(await idTokenOf(amara!.email), upload.fileId);
    const link = new URL(opened.result?.url ?? '');
    expect(link.searchParams.get('X-Goog-Expires')).toBe('300');
    const response = await fetch(link);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
  });

  it('gives no upload URL to a participant, nor to a facilitator of another cohort', async () => {
    const file = { name: 'slides.pdf', size: PDF.length, type: 'application/pdf' };
    const byParticipant = await askToUpload(await idTokenOf(amara!.email), file);
    expect(byParticipant.error?.message).toBe(
      'Only the cohort’s facilitators attach or remove files.',
    );
    const byCohortB = await askToUpload(await idTokenOf(priya!.email), file);
    expect(byCohortB.error?.message).toBe('Only the cohort’s facilitators attach or remove files.');
    expect(byParticipant.result).toBeUndefined();
    expect(byCohortB.result).toBeUndefined();
    const signedOut = await callFunction('fileUploadUrl', null, { ...material, ...file });
    expect(signedOut.error?.status).toBe('UNAUTHENTICATED');
  });

  it('refuses a file over 25 MB or of another kind, saying why, with nothing stored', async () => {
    const token = await idTokenOf(helen!.email);
    const big = await askToUpload(token, {
      name: 'Recording.pdf',
      size: 25 * 1024 * 1024 + 1,
      type: 'application/pdf',
    });
    expect(big.error?.message).toBe(
      '“Recording.pdf” is 25.0 MB: files can be up to 25 MB. Make it smaller (slides saved as PDF often are) and attach it again.',
    );
    const program = await askToUpload(token, {
      name: 'setup.exe',
      size: 1000,
      type: 'application/x-msdownload',
    });
    expect(program.error?.message).toBe(
      '“setup.exe” is not a kind of file the portal takes. Attach a PDF, Word, PowerPoint or Excel file, or an image (PNG, JPEG, GIF or WebP).',
    );
    const disguised = await askToUpload(token, { name: 'page.pdf', size: 1000, type: 'text/html' });
    expect(disguised.error?.status).toBe('FAILED_PRECONDITION');
    expect(await stored()).toEqual([]);
    expect(await recorded()).toEqual([]);
  });

  it('deletes an uploaded object that is not what was announced, and records nothing', async () => {
    const token = await idTokenOf(helen!.email);
    const announced = { name: 'slides.pdf', size: PDF.length, type: 'application/pdf' };
    const tooBig = (await askToUpload(token, announced)).result as Upload;
    await put(tooBig, Buffer.alloc(25 * 1024 * 1024 + 1));
    const other = (await askToUpload(token, announced)).result as Upload;
    await put(other, Buffer.from('<script>alert(1)</script>'), 'text/html');
    expect(await stored()).toHaveLength(2);

    const big = await confirm(token, tooBig.fileId, 'slides.pdf');
    expect(big.error?.message).toContain('files can be up to 25 MB');
    const html = await confirm(token, other.fileId, 'slides.pdf');
    expect(html.error?.message).toBe(
      '“slides.pdf” did not arrive as the file that was announced. Attach it again.',
    );
    expect(await stored()).toEqual([]);
    expect(await recorded()).toEqual([]);
  });

  it('gives no download URL to anyone outside the cohort', async () => {
    const token = await idTokenOf(helen!.email);
    const upload = (
      await askToUpload(token, { name: 'notes.pdf', size: PDF.length, type: 'application/pdf' })
    ).result as Upload;
    await put(upload, PDF);
    await confirm(token, upload.fileId, 'notes.pdf');
    const byCohortB = await askToDownload(await idTokenOf(dylan!.email), upload.fileId);
    expect(byCohortB.error?.message).toBe('Only members of this cohort can open its files.');
    expect(byCohortB.result).toBeUndefined();
    const signedOut = await callFunction('fileDownloadUrl', null, {
      ...material,
      fileId: upload.fileId,
    });
    expect(signedOut.error?.status).toBe('UNAUTHENTICATED');
  });

  it('removes a file from the material and the bucket', async () => {
    const token = await idTokenOf(helen!.email);
    const upload = (
      await askToUpload(token, { name: 'notes.pdf', size: PDF.length, type: 'application/pdf' })
    ).result as Upload;
    await put(upload, PDF);
    await confirm(token, upload.fileId, 'notes.pdf');
    const byParticipant = await callFunction('removeAttachedFile', await idTokenOf(amara!.email), {
      ...material,
      fileId: upload.fileId,
    });
    expect(byParticipant.error?.status).toBe('FAILED_PRECONDITION');
    expect(await stored()).toHaveLength(1);
    await callFunction('removeAttachedFile', token, { ...material, fileId: upload.fileId });
    expect(await stored()).toEqual([]);
    expect(await recorded()).toEqual([]);
    const gone = await askToDownload(await idTokenOf(amara!.email), upload.fileId);
    expect(gone.error?.message).toBe('This file has been removed.');
  });
});
