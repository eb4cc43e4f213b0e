import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  cohortLabel,
  networkOpenTo,
  networkRegions,
  networkSectors,
} from '@/lib/firestore/network-vocabulary';

const rules = readFileSync('firestore.rules', 'utf8');

/** The quoted strings of the list a rules function checks against. */
function rulesList(functionName: string): string[] {
  const body = rules.split(`function ${functionName}(`)[1]?.split('}')[0] ?? '';
  return [...body.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
}

it('the rules accept exactly the sectors and regions the join form offers', () => {
  expect(rulesList('isNetworkSector')).toEqual([...networkSectors]);
  expect(rulesList('isNetworkRegion')).toEqual([...networkRegions]);
  expect(networkRegions).toHaveLength(43);
  const openTo = rules.match(/data\.openTo\.toSet\(\)\.hasOnly\(\[([^\]]*)\]/)?.[1] ?? '';
  expect([...openTo.matchAll(/'([^']*)'/g)].map((m) => m[1])).toEqual(Object.keys(networkOpenTo));
});

it('a cohort is shown in the network by its season', () => {
  expect(cohortLabel('Collaborative leadership — spring 2027')).toBe('Spring 2027');
  expect(cohortLabel('North East pilot')).toBe('North East pilot');
});
