/** How many months after a cohort ends its content is kept, unless the programme team sets another. */
export const DEFAULT_COHORT_MONTHS = 12;

/** How many days the email ledger keeps a sent message's body. */
export const LEDGER_BODY_DAYS = 30;

/** How many days a removed participant can still read their own entries and download their data. */
export const REMOVAL_GRACE_DAYS = 30;
