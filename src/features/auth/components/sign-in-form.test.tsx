import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FirebaseError } from 'firebase/app';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { SignInForm } from './sign-in-form';

function renderForm(
  signIn: (email: string, password: string, ownDevice: boolean) => Promise<void>,
) {
  const onSignedIn = vi.fn();
  render(
    <MemoryRouter>
      <SignInForm signIn={signIn} onSignedIn={onSignedIn} />
    </MemoryRouter>,
  );
  return { onSignedIn };
}

describe('SignInForm', () => {
  it('signs in with what was typed', async () => {
    const signIn = vi.fn().mockResolvedValue(undefined);
    const { onSignedIn } = renderForm(signIn);
    await userEvent.type(screen.getByLabelText('Email address'), 'amara@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'secret-words');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(signIn).toHaveBeenCalledWith('amara@example.org', 'secret-words', false);
    expect(onSignedIn).toHaveBeenCalledOnce();
  });

  it('asks for both fields before trying', async () => {
    const signIn = vi.fn();
    renderForm(signIn);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your email address and password.');
    expect(signIn).not.toHaveBeenCalled();
  });

  it('shows a wrong password in plain English and keeps what was typed', async () => {
    const signIn = vi.fn().mockRejectedValue(new FirebaseError('auth/wrong-password', 'x'));
    const { onSignedIn } = renderForm(signIn);
    await userEvent.type(screen.getByLabelText('Email address'), 'amara@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That password is not right');
    expect(screen.getByLabelText('Email address')).toHaveValue('amara@example.org');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(onSignedIn).not.toHaveBeenCalled();
  });
});
