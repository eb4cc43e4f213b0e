import { deferralSchema } from '@/lib/deferral';
import { collectionAt, orderBy, queryOf } from './ref-spec';
import { zodConverter } from './converters';

const converter = zodConverter(deferralSchema);

/** Who moved into or out of a cohort, newest first: its staff alone may list them. */
export const deferralsQuery = (cohortId: string) =>
  queryOf(collectionAt(converter, 'cohorts', cohortId, 'deferrals'), orderBy('deferredAt', 'desc'));
