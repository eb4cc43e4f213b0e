import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  Checkbox,
  Form,
  Radios,
  SubmitButton,
  TextAreaField,
  TextField,
  failed,
  invalid,
  saved,
  type Outcome,
} from '.';

function Example({ save }: { save: (button: string | null) => Promise<Outcome> }) {
  const [name, setName] = useState('');
  const [sector, setSector] = useState('');
  const [about, setAbout] = useState('');
  const [agree, setAgree] = useState(false);
  return (
    <Form
      failure="Your details could not be saved. They are still here; try again."
      onSubmit={(button) => {
        const errors: Record<string, string> = {};
        if (!name.trim()) errors.name = 'Enter your name.';
        if (!sector) errors.sector = 'Choose the sector you work in.';
        if (Object.keys(errors).length > 0) return invalid(errors);
        return save(button);
      }}
    >
      <TextField
        id="name"
        label="Name"
        hint="As colleagues know you."
        value={name}
        onChange={setName}
      />
      <Radios
        id="sector"
        name="sector"
        legend="Sector"
        value={sector}
        onChange={setSector}
        options={[
          { value: 'acute', label: 'Acute' },
          { value: 'primary', label: 'Primary care' },
        ]}
      />
      <TextAreaField id="about" label="About you" value={about} onChange={setAbout} />
      <Checkbox id="agree" label="Show me in the directory" checked={agree} onChange={setAgree} />
      <p>
        <SubmitButton name="draft" pendingLabel="Saving draft…">
          Save draft
        </SubmitButton>
      </p>
      <p>
        <SubmitButton name="publish" pendingLabel="Publishing…">
          Publish
        </SubmitButton>
      </p>
    </Form>
  );
}

describe('Form kit', () => {
  it('focuses the error summary, which links to each invalid field in order', async () => {
    const save = vi.fn(() => Promise.resolve(saved('Saved.')));
    render(<Example save={save} />);
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));

    const summary = await screen.findByRole('heading', { name: 'There is a problem' });
    expect(summary.closest('.error-summary')).toHaveFocus();
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#name', '#sector']);
    expect(links.map((link) => link.textContent)).toEqual([
      'Enter your name.',
      'Choose the sector you work in.',
    ]);
    expect(save).not.toHaveBeenCalled();

    await userEvent.click(links[1]!);
    expect(screen.getByRole('radio', { name: 'Acute' })).toHaveFocus();
    await userEvent.click(links[0]!);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('gives each invalid field its own error, described and marked invalid', async () => {
    render(<Example save={() => Promise.resolve(saved('Saved.'))} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    const name = await screen.findByRole('textbox', { name: 'Name' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('As colleagues know you. Error: Enter your name.');
    expect(screen.getByRole('group', { name: 'Sector' })).toHaveAccessibleDescription(
      'Error: Choose the sector you work in.',
    );
    expect(screen.getByRole('textbox', { name: 'About you' })).not.toHaveAttribute('aria-invalid');

    await userEvent.type(name, 'Sam');
    await userEvent.click(screen.getByRole('radio', { name: 'Acute' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('There is a problem')).toBeNull();
  });

  it('shows the notice beside the button that was pressed, announced and scrolled into view', async () => {
    const save = vi.fn((button: string | null) =>
      Promise.resolve(button === 'publish' ? saved('Published.') : failed('Not saved.')),
    );
    render(<Example save={save} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Sam');
    await userEvent.click(screen.getByRole('radio', { name: 'Primary care' }));
    const publish = screen.getByRole('button', { name: 'Publish' });
    const draft = screen.getByRole('button', { name: 'Save draft' });
    vi.mocked(Element.prototype.scrollIntoView).mockClear();

    await userEvent.click(publish);
    const status = await screen.findByText('Published.');
    expect(status).toHaveAttribute('role', 'status');
    expect(publish.parentElement).toContainElement(status);
    expect(draft.parentElement).not.toContainElement(status);
    expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts).toContain(status);

    await userEvent.click(draft);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved.');
    expect(draft.parentElement).toContainElement(alert);
    expect(screen.queryByText('Published.')).toBeNull();
  });

  it('says what it is doing, cannot be pressed twice, and keeps what was typed when saving fails', async () => {
    let goOffline = () => {};
    const save = vi.fn(
      () =>
        new Promise<Outcome>((_resolve, reject) => {
          goOffline = () => reject(new Error('offline'));
        }),
    );
    render(<Example save={save} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Sam');
    await userEvent.click(screen.getByRole('radio', { name: 'Acute' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'About you' }), 'Twenty years in');

    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    const pending = await screen.findByRole('button', { name: 'Publishing…' });
    expect(pending).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save draft' })).toBeDisabled();
    await userEvent.click(pending);
    expect(save).toHaveBeenCalledTimes(1);

    await act(async () => goOffline());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your details could not be saved. They are still here; try again.',
    );
    expect(screen.getByRole('button', { name: 'Publish' })).toBeEnabled();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Sam');
    expect(screen.getByRole('textbox', { name: 'About you' })).toHaveValue('Twenty years in');
    expect(screen.getByRole('radio', { name: 'Acute' })).toBeChecked();
  });
});
