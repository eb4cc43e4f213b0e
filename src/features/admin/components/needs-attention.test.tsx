import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { NeedsAttention } from './needs-attention';

const show = (props: Omit<Parameters<typeof NeedsAttention>[0], 'problemsPath'>) =>
  render(
    <MemoryRouter>
      <NeedsAttention {...props} problemsPath="/admin/problems" />
    </MemoryRouter>,
  );

describe('what needs the programme team’s attention', () => {
  it('counts each kind of problem, one and many', () => {
    show({ emailsNotSent: 1, browserErrors: { errors: 3, csp: 1 }, networkReports: 2 });
    const kinds = within(screen.getByRole('list', { name: 'What needs attention, by kind' }));
    expect(kinds.getByText('1 email could not be sent.')).toBeInTheDocument();
    expect(
      kinds.getByText(
        'In the last 7 days, people’s browsers reported 3 errors and 1 blocked request.',
      ),
    ).toBeInTheDocument();
    expect(kinds.getByText('2 reports from the national network to look at.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the problems in full' })).toHaveAttribute(
      'href',
      '/admin/problems',
    );
  });

  it('says in words when nothing is waiting', () => {
    show({ emailsNotSent: 0, browserErrors: { errors: 0, csp: 0 }, networkReports: 0 });
    const kinds = within(screen.getByRole('list', { name: 'What needs attention, by kind' }));
    expect(kinds.getByText('Every email the portal owed has been sent.')).toBeInTheDocument();
    expect(
      kinds.getByText('Nobody has reported a post or reply in the national network.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What needs attention' })).not.toHaveClass('warning');
    expect(screen.getByRole('link', { name: 'See the problems page' })).toBeInTheDocument();
  });
});
