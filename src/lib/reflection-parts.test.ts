import { describe, expect, it } from 'vitest';
import { reflectionTemplate, splitReflection } from './reflection-parts';

describe('reflection parts', () => {
  it('splits an entry written with the template into its three parts', () => {
    const body = reflectionTemplate
      .replace('### What happened\n\n', '### What happened\n\nThe board **argued**.\n\n')
      .replace('### What I learned\n\n', '### What I learned\n\nAsk first.\n\n')
      .concat('Open with a question.\n\n### A later thought\n\nNot part of the three.');
    expect(splitReflection(body)).toEqual({
      'What happened': 'The board **argued**.',
      'What I learned': 'Ask first.',
      'What I will do differently': 'Open with a question.',
    });
  });

  it('leaves an entry without all three headings whole', () => {
    expect(splitReflection('### What happened\n\nA meeting.')).toBeNull();
    expect(splitReflection('Just a few lines.')).toBeNull();
  });
});
