type PromptSource = { number: number; title: string; themes: string[] };

const general = [
  'What will you do differently before the next module?',
  'Which conversation from the module is still with you, and why?',
];

/** Reflection prompts drawn from a module's own themes. */
export function promptsFor(module: PromptSource | undefined): string[] {
  if (!module) return general;
  const themed = module.themes.map(
    (theme) =>
      `${theme.replace(/\.$/, '')}: where did you see this in your own system since the module?`,
  );
  return [...themed, ...general];
}
