import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FeedbackForm } from './feedback-form';

const module = {
  number: 2,
  title: 'System and place-based leadership',
  sessions: [
    {
      day: 1 as const,
      start: '09:30',
      end: '10:00',
      title: 'Arrival, coffee and check-in',
      kind: 'break' as const,
    },
    { day: 1 as const, start: '10:00', end: '11:30', title: 'Dialogue skills' },
    { day: 2 as const, start: '09:00', end: '10:30', title: 'A shared purpose' },
  ],
};

describe('FeedbackForm', () => {
  it('offers one compact choice per teaching session, and none for a break', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(
      <FeedbackForm
        module={module}
        saved={undefined}
        lastDay="Tuesday 2 March 2027"
        onSave={onSave}
      />,
    );
    expect(screen.getAllByRole('combobox')).toHaveLength(2);
    expect(screen.queryByLabelText(/Arrival/)).toBeNull();
    await userEvent.click(screen.getByText('Rate the sessions (optional)'));
    await userEvent.selectOptions(screen.getByLabelText(/Day 1, 10:00/), '4 Very good');
    await userEvent.click(screen.getByLabelText('3 Good'));
    await userEvent.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(onSave).toHaveBeenCalledWith({
      overall: 3,
      sessions: { '1-10:00': 4 },
      helped: '',
      change: '',
    });
  });
});
