import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CompletionRuleForm } from './completion-rule-form';

function renderForm() {
  const onSave = vi.fn().mockResolvedValue(undefined);
  render(
    <CompletionRuleForm
      programmeId="p"
      programmeName="Collaborative leadership"
      initial={{ minDaysAttended: 6, directorCallRequired: true }}
      onSave={onSave}
    />,
  );
  return onSave;
}

describe('CompletionRuleForm', () => {
  it.each(['0', '9', '5.5', 'six', ''])(
    'refuses %j days in plain English and keeps what was typed',
    async (typed) => {
      const onSave = renderForm();
      const days = screen.getByLabelText('Days attended, at least');
      await userEvent.clear(days);
      if (typed) await userEvent.type(days, typed);
      await userEvent.click(screen.getByRole('button', { name: 'Save completion rule' }));
      const summary = await screen.findByRole('alert');
      expect(
        within(summary).getByText('Enter a whole number of days from 1 to 8, such as 6.'),
      ).toBeDefined();
      expect(days).toHaveProperty('value', typed);
      expect(onSave).not.toHaveBeenCalled();
    },
  );

  it('writes the days and whether the director call is needed, and says so beside the button', async () => {
    const onSave = renderForm();
    const days = screen.getByLabelText('Days attended, at least');
    await userEvent.clear(days);
    await userEvent.type(days, ' 7 ');
    await userEvent.click(screen.getByLabelText('The director call must have taken place'));
    await userEvent.click(screen.getByRole('button', { name: 'Save completion rule' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Saved. Completing now means at least 7 of the 8 days.',
    );
    expect(onSave).toHaveBeenCalledWith({ minDaysAttended: 7, directorCallRequired: false });
  });
});
