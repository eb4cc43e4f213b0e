import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MaterialForm } from './material-form';

describe('MaterialForm', () => {
  it('saves an item for after the module as never required', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<MaterialForm moduleId="module-1" moduleLabel="module 1" order={4} onSave={onSave} />);
    await userEvent.click(screen.getByRole('radio', { name: /After the module/ }));
    expect(screen.queryByRole('checkbox', { name: 'Required reading' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Slides from day 1');
    await userEvent.click(screen.getByRole('button', { name: 'Add to after the module' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Saved. Participants see it under “After the module” on the module’s page.',
    );
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Slides from day 1', phase: 'after', required: false }),
    );
  });

  it('moves an item back to pre-reading without a phase, required again', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(
      <MaterialForm
        moduleId="module-1"
        moduleLabel="module 1"
        order={4}
        existing={{
          moduleId: 'module-1',
          title: 'Slides from day 1',
          source: '',
          kind: 'other',
          minutes: 10,
          required: false,
          url: '',
          order: 4,
          phase: 'after',
        }}
        onSave={onSave}
      />,
    );
    await userEvent.click(screen.getByRole('radio', { name: /Before the module/ }));
    expect(screen.getByRole('checkbox', { name: 'Required reading' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('status');
    const [saved] = onSave.mock.calls[0] as [Record<string, unknown>];
    expect(saved).not.toHaveProperty('phase');
    expect(saved).toMatchObject({ required: true });
  });
});
