// The Firestore operations of one cohort over the programme, from the documents each screen read in
// this run and the usage model in bench/usage-model.json, and the monthly bill for 1 and 50 cohorts.

/** @param {Record<string, number>} readsPerVisit documents read by one visit to each screen */
export function costPerCohort(readsPerVisit, model) {
  const people = model.participants + model.facilitators;
  let reads = 0;
  for (const [screen, visits] of Object.entries(model.screenVisitsPerPersonPerWeek)) {
    const perVisit = readsPerVisit[screen];
    if (perVisit === undefined) throw new Error(`No reads were measured for the ${screen} screen`);
    reads += perVisit * visits * people * model.weeks;
  }
  const entries = model.entriesPerParticipantPerWeek * model.participants * model.weeks;
  const shared = entries * model.sharedShareOfEntries;
  const replies = shared * model.repliesPerSharedEntry;
  const announcements = model.announcementsPerWeek * model.weeks;
  const writes =
    entries * model.savesPerEntry +
    replies * (1 + model.serverWrites.perReply) +
    shared * model.serverWrites.perSharedEntry +
    announcements * (1 + model.serverWrites.perAnnouncement);
  const months = (model.weeks * 7) / 30.4;
  const monthly = (cohorts) => {
    const monthReads = (reads / months) * cohorts;
    const monthWrites = (writes / months) * cohorts;
    const { prices } = model;
    const gross =
      (monthReads / 100_000) * prices.readsPer100k + (monthWrites / 100_000) * prices.writesPer100k;
    // The free quota is daily; usage is spread over the month's days.
    const billedReads = Math.max(0, monthReads - prices.freeReadsPerDay * 30.4);
    const billedWrites = Math.max(0, monthWrites - prices.freeWritesPerDay * 30.4);
    const net =
      (billedReads / 100_000) * prices.readsPer100k +
      (billedWrites / 100_000) * prices.writesPer100k;
    return { reads: Math.round(monthReads), writes: Math.round(monthWrites), gross, net };
  };
  return {
    programme: { reads: Math.round(reads), writes: Math.round(writes) },
    oneCohort: monthly(1),
    fiftyCohorts: monthly(50),
  };
}
