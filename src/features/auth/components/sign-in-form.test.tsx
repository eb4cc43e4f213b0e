import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FirebaseError } from 'firebase/app';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { SecondFactorChallenge } from '@/lib/firebase/second-factor-messages';
import { ResetPasswordForm } from './reset-password-form';
import { SignInForm } from './sign-in-form';

function renderForm(
  signIn: (
    email: string,
    password: string,
    ownDevice: boolean,
  ) => Promise<SecondFactorChallenge | null>,
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
    const signIn = vi.fn().mockResolvedValue(null);
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
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your email address.');
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

  it('asks for the texted code when the account has a second factor, then signs in', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    const confirm = vi
      .fn()
      .mockRejectedValueOnce(new FirebaseError('auth/invalid-verification-code', 'x'))
      .mockResolvedValueOnce(undefined);
    const signIn = vi.fn().mockResolvedValue({ phoneHint: '+*******0123', send, confirm });
    const { onSignedIn } = renderForm(signIn);
    await userEvent.type(screen.getByLabelText('Email address'), 'sam@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'secret-words');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'We have texted a code to +*******0123.',
    );
    expect(send).toHaveBeenCalledOnce();
    expect(onSignedIn).not.toHaveBeenCalled();

    const code = screen.getByLabelText('Code from the text message');
    await userEvent.type(code, '12345');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the 6-digit code');
    await userEvent.type(code, '6');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not right.');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(confirm).toHaveBeenLastCalledWith('123456');
    expect(onSignedIn).toHaveBeenCalledOnce();
  });

  it('takes the address typed so far to the password reset page', async () => {
    function ResetPage() {
      const { state } = useLocation() as { state: { email?: string } | null };
      return <ResetPasswordForm requestReset={vi.fn()} initialEmail={state?.email} />;
    }
    render(
      <MemoryRouter initialEntries={['/sign-in']}>
        <Routes>
          <Route path="/sign-in" element={<SignInForm signIn={vi.fn()} onSignedIn={vi.fn()} />} />
          <Route path="/reset-password" element={<ResetPage />} />
        </Routes>
      </MemoryRouter>,
    );
    await userEvent.type(screen.getByLabelText('Email address'), ' amara@example.org ');
    await userEvent.click(screen.getByRole('link', { name: 'Forgotten your password?' }));
    expect(screen.getByRole('button', { name: 'Send reset link' })).toBeVisible();
    expect(screen.getByLabelText('Email address')).toHaveValue('amara@example.org');
  });
});
