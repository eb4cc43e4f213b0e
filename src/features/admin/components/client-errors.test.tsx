import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ClientErrors } from './client-errors';

const now = new Date('2026-12-01T10:00:00Z');

describe('the count of errors in people’s browsers', () => {
  it('adds up the last seven days and leaves older ones out', () => {
    render(
      <ClientErrors
        now={now}
        days={[
          { day: '2026-12-01', errors: 2, cspViolations: 1 },
          { day: '2026-11-25', errors: 3, cspViolations: 0 },
          { day: '2026-11-24', errors: 40, cspViolations: 40 },
        ]}
      />,
    );
    expect(
      screen.getByText(/In the last 7 days: 5 errors and 1 blocked request/),
    ).toHaveTextContent('The details are in Error Reporting');
  });

  it('says plainly when there were none', () => {
    render(<ClientErrors now={now} days={[]} />);
    expect(
      screen.getByText(/In the last 7 days: 0 errors and 0 blocked requests/),
    ).not.toHaveTextContent('Error Reporting');
  });
});
