import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Form, invalid, saved, SubmitButton, TextField } from '@/components/form';
import { paths } from '@/config/paths';
import { db, doc, serverTimestamp, setDoc } from '@/lib/firebase/firestore';
import { readDoc } from '@/lib/firestore/read';
import { privacySettingsDoc } from '@/lib/firestore/notices-refs';

const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Who the public privacy notice names as controller, and where people write to them. */
export function PrivacySettings({ uid }: { uid: string }) {
  const current = useQuery({
    queryKey: ['settings', 'privacy'],
    queryFn: () => readDoc(privacySettingsDoc()),
  });
  return (
    <section className="card" aria-labelledby="privacy-settings-heading">
      <h2 id="privacy-settings-heading">Privacy notice</h2>
      <p>
        The <Link to={paths.privacy()}>privacy notice</Link> names who is responsible for people’s
        data and how to reach them. The accessibility statement gives the same contact for problems.
      </p>
      {current.isPending ? (
        <p>Loading the privacy notice’s contact…</p>
      ) : (
        <PrivacyForm uid={uid} initial={current.data} />
      )}
    </section>
  );
}

function PrivacyForm({
  uid,
  initial,
}: {
  uid: string;
  initial: { controllerName: string; contactEmail: string; dpoContact: string } | undefined;
}) {
  const [controllerName, setControllerName] = useState(initial?.controllerName ?? '');
  const [contactEmail, setContactEmail] = useState(initial?.contactEmail ?? '');
  const [dpoContact, setDpoContact] = useState(initial?.dpoContact ?? '');
  return (
    <Form
      failure="The privacy contact could not be saved. What you typed is still here; try again."
      onSubmit={async () => {
        const name = controllerName.trim();
        const email = contactEmail.trim();
        const dpo = dpoContact.trim();
        const errors: Record<string, string> = {};
        if (!name) errors['privacy-controller'] = 'Enter the name of the organisation responsible.';
        else if (name.length > 200) errors['privacy-controller'] = 'Use 200 characters or fewer.';
        if (!emailPattern.test(email) || email.length > 254) {
          errors['privacy-email'] = 'Enter an email address, like privacy@example.org.';
        }
        if (dpo.length > 300) errors['privacy-dpo'] = 'Use 300 characters or fewer.';
        if (Object.keys(errors).length > 0) return invalid(errors);
        await setDoc(doc(db, 'settings', 'privacy'), {
          controllerName: name,
          contactEmail: email,
          dpoContact: dpo,
          updatedBy: uid,
          updatedAt: serverTimestamp(),
        });
        return saved('Saved. The privacy notice shows it now.');
      }}
    >
      <TextField
        id="privacy-controller"
        label="Organisation responsible for the data (controller)"
        value={controllerName}
        onChange={setControllerName}
        autoComplete="organization"
      />
      <TextField
        id="privacy-email"
        label="Email address for questions about data"
        type="email"
        value={contactEmail}
        onChange={setContactEmail}
      />
      <TextField
        id="privacy-dpo"
        label="Data protection officer (optional)"
        hint="Their name, or role, and how to contact them."
        value={dpoContact}
        onChange={setDpoContact}
      />
      <SubmitButton pendingLabel="Saving…">Save the privacy contact</SubmitButton>
    </Form>
  );
}
