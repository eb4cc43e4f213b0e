import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { accessMatrix, roles, type Role } from '../../../../firestore/access-matrix';
import { readerNames } from '../who-can-read';
import { PrivacyNotice } from './privacy-notice';

function renderNotice() {
  render(
    <MemoryRouter>
      <PrivacyNotice
        controller={{
          controllerName: 'The Leadership Academy',
          contactEmail: 'privacy@example.org',
          dpoContact: 'Dr Ruth Adeyemi, dpo@example.org',
        }}
        cohortMonths={18}
      />
    </MemoryRouter>,
  );
}

describe('the privacy notice', () => {
  it('says who can read each kind of record exactly as the access table does', () => {
    renderNotice();
    const table = screen.getByRole('table', { name: 'Who can read each kind of record' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(Object.keys(accessMatrix).length);
    for (const kind of Object.values(accessMatrix)) {
      const header = within(table).getByRole('rowheader', { name: kind.title });
      const row = header.closest('tr') as HTMLElement;
      // Read straight from the table's text: the first column of each role's row is "get".
      const readers = (Object.keys(roles) as Role[])
        .filter((role) => (kind.access as Record<Role, string>)[role].split(' ')[0] === 'y')
        .map((role) => readerNames[role].toLowerCase());
      const shown = within(row)
        .queryAllByRole('listitem')
        .map((item) => item.textContent?.toLowerCase());
      expect(shown, kind.title).toEqual(readers);
      if (readers.length === 0) expect(row.textContent).toContain('Nobody through the portal');
    }
  });

  it('names the controller and states the retention period it was given', () => {
    renderNotice();
    expect(screen.getByText(/The controller of your data is The Leadership Academy/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'privacy@example.org' })).toHaveAttribute(
      'href',
      'mailto:privacy@example.org',
    );
    expect(screen.getByText(/is deleted 18 months after the cohort ends/)).toBeVisible();
  });
});
