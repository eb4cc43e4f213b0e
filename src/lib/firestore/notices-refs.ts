import { zodConverter } from './converters';
import {
  departureSchema,
  noticeSeenSchema,
  privacySettingsSchema,
  retentionSettingsSchema,
} from './notices-schemas';
import { collectionAt, docAt, queryOf, where } from './ref-spec';

const converters = {
  departure: zodConverter(departureSchema),
  privacy: zodConverter(privacySettingsSchema),
  retention: zodConverter(retentionSettingsSchema),
  noticeSeen: zodConverter(noticeSeenSchema),
};

/** The cohorts a person was removed from, each with the date their remaining access ends. */
export const myDeparturesQuery = (uid: string) =>
  queryOf(collectionAt(converters.departure, 'departures'), where('uid', '==', uid));

export const privacySettingsDoc = () => docAt(converters.privacy, 'settings', 'privacy');
export const retentionSettingsDoc = () => docAt(converters.retention, 'settings', 'retention');

/** A person's own profile, read only for the version of the privacy notice they were shown. */
export const noticeSeenDoc = (uid: string) => docAt(converters.noticeSeen, 'users', uid);
