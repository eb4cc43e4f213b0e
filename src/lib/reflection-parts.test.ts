import { describe, expect, it } from 'vitest';
import { joinParts, partsAsText, partsOf, splitReflection } from './reflection-parts';

// What the journal's template inserted before the editor had three boxes.
const oldTemplate = '### What happened\n\n### What I learned\n\n### What I will do differently\n\n';

const parts = {
  'What happened': 'The board **argued**.\n\n- about money\n- about time',
  'What I learned': 'Ask first.\n',
  'What I will do differently': '',
};

describe('reflection parts', () => {
  it('splits an entry written with the template into its three parts', () => {
    const body = oldTemplate
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

  it('stores the three parts as the Markdown headings the learning record reads', () => {
    const body = joinParts(parts);
    expect(body).toBe(
      '### What happened\n\nThe board **argued**.\n\n- about money\n- about time\n\n' +
        '### What I learned\n\nAsk first.\n\n\n' +
        '### What I will do differently\n\n',
    );
    expect(splitReflection(body)).toEqual({
      'What happened': parts['What happened'],
      'What I learned': 'Ask first.',
      'What I will do differently': '',
    });
  });

  it('gives back exactly what was typed in each part, so typing never loses a line', () => {
    expect(partsOf(joinParts(parts))).toEqual(parts);
    const typing = { ...parts, 'What I will do differently': 'Open with a question.\n\n' };
    expect(partsOf(joinParts(typing))).toEqual(typing);
    const empty = { 'What happened': '', 'What I learned': '', 'What I will do differently': '' };
    expect(partsOf(joinParts(empty))).toEqual(empty);
  });

  it('opens entries written with the old template in their parts', () => {
    expect(partsOf(oldTemplate)).toEqual({
      'What happened': '',
      'What I learned': '',
      'What I will do differently': '',
    });
    const written =
      '## What happened\nA meeting.\n### What I learned\nListen.\n### What I will do differently\nAsk.';
    const opened = partsOf(written);
    expect(opened).toEqual({
      'What happened': 'A meeting.',
      'What I learned': 'Listen.',
      'What I will do differently': 'Ask.',
    });
    expect(splitReflection(joinParts(opened ?? parts))).toEqual(opened);
  });

  it('leaves any other entry as one text, so nothing in it moves or goes', () => {
    expect(partsOf('Just a few lines.')).toBeNull();
    expect(partsOf(`A first thought.\n\n${oldTemplate}`)).toBeNull();
    expect(partsOf(`${oldTemplate}### A later thought\n\nMore.`)).toBeNull();
    expect(
      partsOf('### What I learned\n\n### What happened\n\n### What I will do differently'),
    ).toBeNull();
  });

  it('turns the parts into one plain text, headings as plain lines, when someone writes freely', () => {
    expect(partsAsText(parts)).toBe(
      'What happened\n\nThe board **argued**.\n\n- about money\n- about time\n\nWhat I learned\n\nAsk first.',
    );
  });
});
