// The national network's fixed lists; firestore.rules holds the same ones (a unit test compares).

export const networkSectors = [
  'NHS provider',
  'Integrated care board or commissioner',
  'Local government',
  'Voluntary and community sector',
  'Other',
] as const;

/** England's 42 integrated care systems, and one choice for everyone else. */
export const networkRegions = [
  'Bath and North East Somerset, Swindon and Wiltshire',
  'Bedfordshire, Luton and Milton Keynes',
  'Birmingham and Solihull',
  'Black Country',
  'Bristol, North Somerset and South Gloucestershire',
  'Buckinghamshire, Oxfordshire and Berkshire West',
  'Cambridgeshire and Peterborough',
  'Cheshire and Merseyside',
  'Cornwall and the Isles of Scilly',
  'Coventry and Warwickshire',
  'Derby and Derbyshire',
  'Devon',
  'Dorset',
  'Frimley',
  'Gloucestershire',
  'Greater Manchester',
  'Hampshire and Isle of Wight',
  'Herefordshire and Worcestershire',
  'Hertfordshire and West Essex',
  'Humber and North Yorkshire',
  'Kent and Medway',
  'Lancashire and South Cumbria',
  'Leicester, Leicestershire and Rutland',
  'Lincolnshire',
  'Mid and South Essex',
  'Norfolk and Waveney',
  'North Central London',
  'North East and North Cumbria',
  'North East London',
  'North West London',
  'Northamptonshire',
  'Nottingham and Nottinghamshire',
  'Shropshire, Telford and Wrekin',
  'Somerset',
  'South East London',
  'South West London',
  'South Yorkshire',
  'Staffordshire and Stoke-on-Trent',
  'Suffolk and North East Essex',
  'Surrey Heartlands',
  'Sussex',
  'West Yorkshire',
  'Other, or outside England',
] as const;

/** What people are working on, drawn from the programme's themes; people add their own too. */
export const networkThemeTags = [
  'Working across organisations',
  'Place-based leadership',
  'Power and decision-making',
  'Collective impact',
  'Shared purpose',
  'Dialogue',
  'Workforce',
  'Health inequalities',
  'Integrated care',
  'Prevention',
] as const;

export const networkOpenTo = {
  conversations: 'Peer conversations',
  mentoring: 'Mentoring',
  visits: 'Visits',
  'joint-work': 'Joint work',
} as const;
export type NetworkOpenTo = keyof typeof networkOpenTo;

export const networkPostKinds = { ask: 'Ask', offer: 'Offer' } as const;
export type NetworkPostKind = keyof typeof networkPostKinds;

export const NETWORK_LIMITS = {
  tags: 8,
  tag: 40,
  cohorts: 3,
  postTitle: 160,
  postBody: 2000,
  postTags: 5,
  reply: 2000,
  hiddenReason: 300,
  reportReason: 500,
  /** One page of the directory or the noticeboard; the rules refuse bigger queries. */
  page: 20,
} as const;

/** "Collaborative leadership — spring 2027" is shown in the network as "Spring 2027". */
export function cohortLabel(cohortName: string): string {
  const tail =
    cohortName
      .split(/\s[—–-]\s/)
      .at(-1)
      ?.trim() ?? cohortName;
  return tail.charAt(0).toUpperCase() + tail.slice(1);
}

/** Tag and cohort together, so the directory can filter by both with one array query. */
export const tagInCohort = (tag: string, cohortId: string) => `${tag.toLowerCase()}|${cohortId}`;
