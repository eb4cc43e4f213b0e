// "Dr Helen Marsh" is greeted as Helen: a title is how others address her, not her first name.
const titles = /^(dr|prof|professor|mr|mrs|ms|miss|mx|sir|dame|rev|revd|cllr)\.?$/i;

/** The name to greet someone by: the first word of their name that is not a title. */
export function firstName(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return words.find((word) => !titles.test(word)) ?? words[0] ?? fullName;
}
