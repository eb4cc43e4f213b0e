import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FirebaseError } from 'firebase/app';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmLinkAddressForm, RequestSignInLinkForm } from './email-link-forms';

describe('RequestSignInLinkForm', () => {
  it('asks for an address before sending, then says the same whatever the address', async () => {
    const requestLink = vi.fn().mockResolvedValue(undefined);
    render(<RequestSignInLinkForm requestLink={requestLink} />);
    await userEvent.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect(
      await screen.findByRole('link', { name: 'Enter the email address you use for the portal.' }),
    ).toBeInTheDocument();
    expect(requestLink).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText('Email address'), 'amara@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect(requestLink).toHaveBeenCalledWith('amara@example.org');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'If amara@example.org has an account on the portal, we have sent it a sign-in link.',
    );
  });
});

describe('ConfirmLinkAddressForm', () => {
  it('says plainly when the address is not the one the link went to, and keeps it', async () => {
    const complete = vi
      .fn()
      .mockRejectedValueOnce(new FirebaseError('auth/invalid-email', 'INVALID_EMAIL'))
      .mockResolvedValueOnce(undefined);
    render(<ConfirmLinkAddressForm complete={complete} />);
    await userEvent.type(screen.getByLabelText('Email address'), 'gareth@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That is not the address this link was sent to. Type the address the email went to.',
    );
    expect(screen.getByLabelText('Email address')).toHaveValue('gareth@example.org');

    await userEvent.clear(screen.getByLabelText('Email address'));
    await userEvent.type(screen.getByLabelText('Email address'), 'amara@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(complete).toHaveBeenLastCalledWith('amara@example.org');
  });

  it('says when a link has been used already', async () => {
    const complete = vi
      .fn()
      .mockRejectedValue(new FirebaseError('auth/invalid-action-code', 'INVALID_OOB_CODE'));
    render(<ConfirmLinkAddressForm complete={complete} />);
    await userEvent.type(screen.getByLabelText('Email address'), 'amara@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This sign-in link has already been used, or was not copied whole.',
    );
  });
});
