/**
 * The form kit: one way to do forms, after the GOV.UK and NHS design systems.
 *
 * ```tsx
 * <Form failure="The call could not be saved. Your text is still here; try again." onSubmit={async () => {
 *   if (!title.trim()) return invalid({ 'post-title': 'Give the post a title.' });
 *   await save({ title });
 *   return saved('Saved.');
 * }}>
 *   <TextField id="post-title" label="Title" hint="…" value={title} onChange={setTitle} />
 *   <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
 * </Form>
 * ```
 *
 * - `Form` runs `onSubmit` when a submit button is pressed, once at a time. `invalid({ id: message })` puts each message beside
 *   its field and in an error summary ("There is a problem") at the top, which takes focus and
 *   links to each field. `saved(text)` or `failed(text)` shows a notice beside the button that was
 *   pressed (role=status or role=alert) and scrolls it into view; if `onSubmit` throws, the
 *   notice is the `failure` text. Returning nothing shows nothing.
 * - `SubmitButton` says `pendingLabel` while its submit runs; every button of the form is disabled
 *   meanwhile. Give each a `name` where a form has several, so the notice goes beside the right one.
 * - Fields keep their values in the form's own state (controlled), so nothing typed is lost on an
 *   error; clear them in `onSubmit` after saving where the form should empty.
 * - `TextField`, `TextAreaField`, `SelectField`, `Radios`, `Checkbox` and `Checkboxes` take `id`, `label` (or
 *   `legend`), an optional `hint`, and `onChange(value)`; other props go to the control;
 *   `optionsOf(words)` makes options from a vocabulary list. `Field`
 *   takes a render function for any other control: `{(control) => <input {...control} … />}`.
 * - Error messages are keyed by the id of the control they belong to (for `Radios` and
 *   `Checkboxes`, the group's `id`, which is also the first option's).
 */
export { Form, SubmitButton, failed, invalid, saved, useFormState } from './form';
export type { FieldErrors, Notice, Outcome } from './form';
export { Checkbox, EmailAddressField, Field, TextAreaField, TextField } from './fields';
export { Checkboxes, Radios, SelectField, optionsOf } from './choices';
export type { ControlProps } from './fields';
export type { Option } from './choices';
