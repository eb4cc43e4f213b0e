import { formatDayPair } from '@/lib/dates';
import type { Module } from '@/lib/firestore/schemas';

type WhereTheCohortIsProps = {
  missed: Pick<Module, 'number'>[];
  next: Pick<Module, 'number' | 'title' | 'days'>;
};

function listOf(numbers: number[]): string {
  if (numbers.length === 1) return `module ${numbers[0]}`;
  return `modules ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/** For someone who joined after the programme began: what they missed, and where they come in. */
export function WhereTheCohortIs({ missed, next }: WhereTheCohortIsProps) {
  return (
    <section className="card highlight" aria-labelledby="where-cohort-heading">
      <h2 id="where-cohort-heading">Where the cohort is</h2>
      <p>
        The cohort has already met for {listOf(missed.map((m) => m.number))}, before you joined.
        Your first module is module {next.number}, {next.title}, on{' '}
        {formatDayPair(next.days[0], next.days[1])}.
      </p>
      <p className="hint">
        Nothing here asks you about the modules you were not at. The pre-reading below is for your
        first module; your facilitators can tell you what the cohort has covered so far.
      </p>
    </section>
  );
}
