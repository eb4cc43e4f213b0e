import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FirebaseError } from 'firebase/app';
import { describe, expect, it, vi } from 'vitest';
import { NewPasswordForm } from './new-password-form';

function renderForm(setPassword: (password: string) => Promise<void>) {
  const onChanged = vi.fn();
  render(
    <NewPasswordForm email="amara@example.org" setPassword={setPassword} onChanged={onChanged} />,
  );
  return { onChanged };
}

describe('NewPasswordForm', () => {
  it('saves the new password for the address the link belongs to', async () => {
    const setPassword = vi.fn().mockResolvedValue(undefined);
    const { onChanged } = renderForm(setPassword);
    expect(screen.getByText('amara@example.org')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/New password/), 'a-long-new-one');
    await userEvent.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(setPassword).toHaveBeenCalledWith('a-long-new-one');
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('asks for a longer password before trying', async () => {
    const setPassword = vi.fn();
    renderForm(setPassword);
    await userEvent.type(screen.getByLabelText(/New password/), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('at least 8 characters');
    expect(setPassword).not.toHaveBeenCalled();
  });

  it('keeps what was typed when the server refuses it', async () => {
    const setPassword = vi.fn().mockRejectedValue(new FirebaseError('auth/weak-password', 'x'));
    const { onChanged } = renderForm(setPassword);
    await userEvent.type(screen.getByLabelText(/New password/), 'password1');
    await userEvent.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a longer password');
    expect(screen.getByLabelText(/New password/)).toHaveValue('password1');
    expect(onChanged).not.toHaveBeenCalled();
  });
});
