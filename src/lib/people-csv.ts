// Participants arrive as a spreadsheet saved from Excel, Numbers or Google Sheets. Excel on a
// European locale separates fields with semicolons and starts UTF-8 files with a byte-order mark;
// every exporter quotes a field holding the separator, a quote or a line break.

/** One person as the file gives them; `row` is the spreadsheet's row number, the header being 1. */
export type PersonRow = {
  row: number;
  email: string;
  name: string;
  organisation: string;
  jobTitle: string;
};

export type PeopleFile = { people: PersonRow[]; problem: null } | { people: []; problem: string };

/** The separator the header line uses most, outside quotes: a comma unless semicolons win. */
function separatorOf(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (commas + semicolons > 0) break;
    } else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/** Splits CSV text into records of fields, after RFC 4180, with either line ending. */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const separator = separatorOf(source);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      record.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

type Column = 'email' | 'name' | 'firstName' | 'lastName' | 'organisation' | 'jobTitle';

// Headers as people write them, compared without case, spaces or punctuation.
const HEADERS: Record<string, Column> = {
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  workemail: 'email',
  name: 'name',
  fullname: 'name',
  firstname: 'firstName',
  forename: 'firstName',
  givenname: 'firstName',
  lastname: 'lastName',
  surname: 'lastName',
  familyname: 'lastName',
  organisation: 'organisation',
  organization: 'organisation',
  employer: 'organisation',
  trust: 'organisation',
  jobtitle: 'jobTitle',
  role: 'jobTitle',
  position: 'jobTitle',
};

const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z]/g, '');

/**
 * Reads people from a CSV file's text: headers in any order and common spellings, blank lines
 * ignored. A file without an email column is refused whole, with what to fix.
 */
export function readPeople(text: string): PeopleFile {
  const records = parseCsv(text);
  const headerIndex = records.findIndex((record) => record.some((field) => field.trim() !== ''));
  const header = records[headerIndex];
  if (!header) {
    return { people: [], problem: 'The file is empty: it has no header and no people.' };
  }
  const columns = new Map<Column, number>();
  header.forEach((header, index) => {
    const column = HEADERS[headerKey(header)];
    if (column && !columns.has(column)) columns.set(column, index);
  });
  if (!columns.has('email')) {
    return {
      people: [],
      problem:
        'The file has no email column. Its first line should name the columns, for example: Name, Email, Organisation, Job title.',
    };
  }
  const cell = (record: string[], column: Column) => {
    const index = columns.get(column);
    return index === undefined ? '' : (record[index] ?? '').trim().replace(/\s+/g, ' ');
  };
  const people: PersonRow[] = [];
  records.forEach((record, index) => {
    if (index <= headerIndex || record.every((field) => field.trim() === '')) return;
    const name =
      cell(record, 'name') ||
      [cell(record, 'firstName'), cell(record, 'lastName')].filter(Boolean).join(' ');
    people.push({
      row: index + 1,
      email: cell(record, 'email'),
      name,
      organisation: cell(record, 'organisation'),
      jobTitle: cell(record, 'jobTitle'),
    });
  });
  return { people, problem: null };
}

/** What the import will do, or did, with one row; the server decides, the preview shows it. */
export type RowOutcome =
  | 'invite'
  | 'waiting-list'
  | 'already-member'
  | 'already-invited'
  | 'already-waiting'
  | 'not-an-email'
  | 'duplicate'
  | 'too-long';

// No slash either: an address is a document id, and a slash would make it a path to another one.
const EMAIL = /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/;
export const isEmailAddress = (address: string) => EMAIL.test(address) && address.length <= 254;

export const NAME_LIMIT = 120;
export const DETAIL_LIMIT = 160;

export type CohortFacts = {
  freeSeats: number;
  /** People already waiting go first: a newcomer never takes a seat ahead of them. */
  someoneWaiting: boolean;
  isMember: (email: string) => boolean;
  isInvited: (email: string) => boolean;
  isWaiting: (email: string) => boolean;
};

/** Each row's outcome, in file order: free seats go to the first good rows, the rest wait. */
export function planImport(people: PersonRow[], facts: CohortFacts): RowOutcome[] {
  const seen = new Set<string>();
  let free = facts.someoneWaiting ? 0 : facts.freeSeats;
  return people.map((person): RowOutcome => {
    const email = person.email.toLowerCase();
    if (!isEmailAddress(email)) return 'not-an-email';
    if (seen.has(email)) return 'duplicate';
    seen.add(email);
    if (
      person.name.length > NAME_LIMIT ||
      person.organisation.length > DETAIL_LIMIT ||
      person.jobTitle.length > DETAIL_LIMIT
    ) {
      return 'too-long';
    }
    if (facts.isMember(email)) return 'already-member';
    if (facts.isInvited(email)) return 'already-invited';
    if (facts.isWaiting(email)) return 'already-waiting';
    if (free > 0) {
      free -= 1;
      return 'invite';
    }
    return 'waiting-list';
  });
}
