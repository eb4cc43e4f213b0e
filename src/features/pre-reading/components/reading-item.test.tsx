import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Reading } from '@/lib/firestore/schemas';
import type { ReadingState } from '../api/my-readings';
import { ReadingItem } from './reading-item';

const material = {
  id: 'm1',
  moduleId: 'module-3',
  title: 'New power',
  source: 'Heimans and Timms',
  kind: 'article' as const,
  minutes: 20,
  required: true,
  url: 'https://example.org/new-power',
  order: 0,
};

const record = (read: boolean): Reading => ({
  uid: 'u1',
  materialId: 'm1',
  moduleId: 'module-3',
  read,
  takeaway: '',
  updatedAt: new Date(),
});

function renderItem(
  reading: Reading | undefined,
  onSave: (reading: ReadingState) => Promise<unknown>,
) {
  const view = render(
    <ul>
      <ReadingItem
        cohortId="cohort-a"
        material={material}
        reading={reading}
        canRecord
        onSave={onSave}
      />
    </ul>,
  );
  return {
    box: () => screen.getByRole('checkbox', { name: 'I have read this' }),
    withRecord: (next: Reading | undefined) =>
      view.rerender(
        <ul>
          <ReadingItem
            cohortId="cohort-a"
            material={material}
            reading={next}
            canRecord
            onSave={onSave}
          />
        </ul>,
      ),
  };
}

describe('ReadingItem', () => {
  it('ticks the box as soon as it is clicked, before the record is saved', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const { box } = renderItem(undefined, onSave);
    await userEvent.click(box());
    expect(box()).toBeChecked();
    expect(onSave).toHaveBeenCalledWith({
      materialId: 'm1',
      moduleId: 'module-3',
      read: true,
      takeaway: '',
    });
  });

  it('follows the record when a refused save is reverted', async () => {
    const { box, withRecord } = renderItem(record(false), vi.fn().mockResolvedValue(undefined));
    await userEvent.click(box());
    withRecord(record(true));
    withRecord(record(false));
    expect(box()).not.toBeChecked();
  });

  it('saves a takeaway without marking the item read', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const { box } = renderItem(undefined, onSave);
    await userEvent.type(screen.getByRole('textbox', { name: /takeaway/ }), 'Power is shared.');
    await userEvent.click(screen.getByRole('button', { name: 'Save takeaway' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Takeaway saved.');
    expect(box()).not.toBeChecked();
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ read: false, takeaway: 'Power is shared.' }),
    );
  });

  it('names what is done after the kind of item', () => {
    const kinds = [
      ['podcast', 'I have listened to this'],
      ['video', 'I have watched this'],
      ['report', 'I have read this'],
    ] as const;
    for (const [kind, label] of kinds) {
      const { unmount } = render(
        <ul>
          <ReadingItem
            cohortId="cohort-a"
            material={{ ...material, kind }}
            reading={undefined}
            canRecord
            onSave={vi.fn()}
          />
        </ul>,
      );
      expect(screen.getByRole('checkbox', { name: label })).toBeInTheDocument();
      unmount();
    }
  });

  it('offers the slides of the day to open, with nothing to mark and nothing required', () => {
    render(
      <ul>
        <ReadingItem
          cohortId="cohort-a"
          material={{ ...material, kind: 'other', required: false, phase: 'after' }}
          reading={undefined}
          canRecord
          onSave={vi.fn()}
        />
      </ul>,
    );
    expect(screen.getByRole('link', { name: /New power/ })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /takeaway/ })).not.toBeInTheDocument();
    expect(screen.queryByText('Optional')).not.toBeInTheDocument();
  });
});
