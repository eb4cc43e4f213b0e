import { describe, expect, it } from 'vitest';
import { fileProblem, fileTypeOf, formatFileSize, MAX_FILE_BYTES } from './files';

describe('what can be attached', () => {
  it('takes the portal’s kinds of file by their extension, with or without the browser’s type', () => {
    expect(fileTypeOf('Slides.PPTX', '')).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(fileTypeOf('notes.pdf', 'application/pdf')).toBe('application/pdf');
    expect(fileTypeOf('photo.jpeg', 'image/jpeg')).toBe('image/jpeg');
  });

  it('refuses another kind, and a type that disagrees with the extension', () => {
    expect(fileTypeOf('setup.exe', 'application/x-msdownload')).toBeNull();
    expect(fileTypeOf('page.pdf', 'text/html')).toBeNull();
    expect(fileTypeOf('no-extension', '')).toBeNull();
  });

  it('says why a file cannot be attached, in plain words', () => {
    expect(
      fileProblem({ name: 'notes.pdf', size: MAX_FILE_BYTES, type: 'application/pdf' }),
    ).toBeNull();
    expect(fileProblem({ name: 'big.pdf', size: MAX_FILE_BYTES + 1, type: '' })).toBe(
      '“big.pdf” is 25.0 MB: files can be up to 25 MB. Make it smaller (slides saved as PDF often are) and attach it again.',
    );
    expect(fileProblem({ name: 'run.sh', size: 10, type: '' })).toContain(
      'is not a kind of file the portal takes',
    );
    expect(fileProblem({ name: 'empty.docx', size: 0, type: '' })).toBe(
      '“empty.docx” is empty. Attach the file again.',
    );
    expect(fileProblem({ name: `${'a'.repeat(200)}.pdf`, size: 10, type: '' })).toContain(
      'at most 200 characters',
    );
  });

  it('gives sizes as people read them', () => {
    expect(formatFileSize(300)).toBe('1 KB');
    expect(formatFileSize(120_000)).toBe('117 KB');
    expect(formatFileSize(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });
});
