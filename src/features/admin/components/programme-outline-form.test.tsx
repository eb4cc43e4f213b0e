import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { OutlineModule } from '@/lib/firestore/schemas';
import { ProgrammeOutlineForm } from './programme-outline-form';

const outline: OutlineModule[] = [
  {
    number: 1,
    title: 'Leading self',
    themes: ['Purpose', 'Resilience'],
    sessions: [
      { day: 1, start: '09:30', end: '10:00', title: 'Arrival and coffee', kind: 'break' },
      {
        day: 1,
        start: '10:00',
        end: '12:00',
        title: 'Your leadership story',
        leader: 'Ama Boateng',
      },
    ],
  },
  { number: 2, title: 'Leading others', themes: [], sessions: [] },
];

function renderForm() {
  const onSave = vi.fn().mockResolvedValue(undefined);
  render(
    <ProgrammeOutlineForm
      programmeId="p"
      programmeName="Collaborative leadership"
      initial={outline}
      onSave={onSave}
    />,
  );
  return onSave;
}

describe('ProgrammeOutlineForm', () => {
  it('keeps one module open at a time', async () => {
    renderForm();
    const [first, second] = screen.getAllByRole('group');
    await userEvent.click(screen.getByText(/^Module 1: Leading self/));
    expect(first).toHaveProperty('open', true);
    await userEvent.click(screen.getByText(/^Module 2: Leading others/));
    expect(second).toHaveProperty('open', true);
    expect(first).toHaveProperty('open', false);
  });

  it('says which session has no title or ends before it starts, opens its module and saves nothing', async () => {
    const onSave = renderForm();
    await userEvent.click(screen.getByText(/^Module 2: Leading others/));
    await userEvent.click(screen.getByRole('button', { name: 'Add a session to module 2' }));
    const end = screen.getByLabelText('Ends', { selector: '#p-outline-m2-s1-end' });
    await userEvent.clear(end);
    await userEvent.type(end, '09:00');
    await userEvent.clear(screen.getByLabelText('Module 2 title'));
    await userEvent.click(screen.getByText(/^Module 1: Leading self/));
    await userEvent.click(screen.getByRole('button', { name: 'Save outline' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Give module 2 a title.')).toBeDefined();
    expect(within(summary).getByText('Give session 1 of module 2 a title.')).toBeDefined();
    expect(
      within(summary).getByText('The end of session 1 of module 2 must be after its start.'),
    ).toBeDefined();
    expect(screen.getAllByRole('group')[1]).toHaveProperty('open', true);
    expect(screen.getByLabelText('Ends', { selector: '#p-outline-m2-s1-end' })).toHaveProperty(
      'value',
      '09:00',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('writes the changed sessions, with kind only on a break and the leader kept', async () => {
    const onSave = renderForm();
    await userEvent.click(screen.getByText(/^Module 1: Leading self/));
    await userEvent.click(
      screen.getByLabelText('Teaching', { selector: '#p-outline-m1-s1-teaching' }),
    );
    const title = screen.getByLabelText('Session 2 title');
    await userEvent.clear(title);
    await userEvent.type(title, '  Your story as a leader ');
    await userEvent.click(screen.getByRole('button', { name: 'Add a session to module 1' }));
    await userEvent.type(screen.getByLabelText('Session 3 title'), 'Lunch');
    await userEvent.click(
      screen.getByLabelText('Teaching', { selector: '#p-outline-m1-s3-teaching' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Remove module 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save outline' }));

    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Saved. New cohorts made from this outline start from it.',
    );
    expect(onSave).toHaveBeenCalledWith([
      {
        number: 1,
        title: 'Leading self',
        themes: ['Purpose', 'Resilience'],
        sessions: [
          { day: 1, start: '09:30', end: '10:00', title: 'Arrival and coffee' },
          {
            day: 1,
            start: '10:00',
            end: '12:00',
            title: 'Your story as a leader',
            leader: 'Ama Boateng',
          },
          { day: 1, start: '09:30', end: '10:30', title: 'Lunch', kind: 'break' },
        ],
      },
    ]);
  });

  it('offers no fifth module', async () => {
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Add a module' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a module' }));
    expect(screen.queryByRole('button', { name: 'Add a module' })).toBeNull();
    expect(screen.getAllByRole('group')).toHaveLength(4);
  });
});
