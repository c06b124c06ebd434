/**
 * The words editors choose from. Each word has one meaning, written here once: the README, the
 * check's messages and the charts' legends all read these tables.
 */

type Vocabulary = Record<string, { label: string; meaning: string }>;

/** Where a country's negotiation with the United States stands, strongest commitment first. */
export const STATUSES = {
  received: {
    label: 'Received deportees',
    meaning: 'has taken in deportees from the United States who are not its own citizens',
  },
  transit: {
    label: 'Transit',
    meaning: 'lets deportees pass through on their way to another country, without keeping them',
  },
  agreed: {
    label: 'Agreed',
    meaning: 'has said it will take non-citizens (possibly with conditions), but none are reported to have arrived',
  },
  destination: {
    label: 'Flight destination',
    meaning: 'was the destination of a US deportation flight carrying non-citizens; their arrival is not reported',
  },
  negotiating: {
    label: 'Negotiating',
    meaning: 'is reported to be in talks or near a deal, with no commitment yet',
  },
  considering: {
    label: 'Considering',
    meaning: 'has told US officials it would consider the request',
  },
  approached: {
    label: 'Approached',
    meaning: 'was asked or pressed by US officials to take non-citizens; no answer, or no clear answer, is reported',
  },
  targeted: {
    label: 'Named as a target',
    meaning: 'was named by US officials as a candidate or target; no approach is reported',
  },
  declined: {
    label: 'Declined',
    meaning: 'has said it cannot or will not take non-citizens',
  },
} as const satisfies Vocabulary;

/** What happened on a dated event. */
export const EVENT_TYPES = {
  milestone: { label: 'Milestone', meaning: 'a date in US politics that frames the story' },
  request: { label: 'Request', meaning: 'US officials ask or press a country to take non-citizens' },
  meeting: { label: 'Meeting', meaning: 'officials of the two governments meet' },
  cable: { label: 'Cable', meaning: 'a State Department cable is written or reports something' },
  memo: { label: 'Memo', meaning: 'a US government memo is written or reports something' },
  deadline: { label: 'Deadline', meaning: 'a date set for an answer' },
  negotiation: { label: 'Negotiation', meaning: 'talks are reported to progress, short of a deal' },
  consideration: { label: 'Consideration', meaning: 'a government says it will consider a request' },
  pledge: { label: 'Pledge', meaning: 'a government says it is willing to take a number of people' },
  agreement: { label: 'Agreement', meaning: 'a government agrees to take non-citizens' },
  refusal: { label: 'Refusal', meaning: 'a government says it cannot or will not take non-citizens' },
  flight: { label: 'Flight', meaning: 'a deportation flight carries people to a country' },
  transfer: { label: 'Transfer', meaning: 'people are handed over to, or moved on by, a country' },
  detention: { label: 'Detention', meaning: 'deportees are held in a hotel, camp or base' },
  return: { label: 'Return', meaning: 'deportees go back to their countries of origin' },
  payment: { label: 'Payment', meaning: 'the United States pays a country' },
  release: { label: 'Release', meaning: 'detained deportees are released' },
  lawsuit: { label: 'Lawsuit', meaning: 'lawyers take a government to court' },
  statement: { label: 'Statement', meaning: 'an official says something on the record' },
} as const satisfies Vocabulary;

/** What kind of document a source is. */
export const SOURCE_KINDS = {
  article: { label: 'News article', meaning: 'a published news report' },
  'diplomatic-cable': { label: 'Diplomatic cable', meaning: 'a State Department cable' },
  'dhs-memo': { label: 'DHS memo', meaning: 'an internal memo of the Department of Homeland Security' },
  'diplomatic-note': { label: 'Diplomatic note', meaning: 'a formal note between governments' },
  report: { label: 'Report', meaning: 'a published government or agency report' },
  statement: { label: 'Statement', meaning: 'words said on the record by a named person' },
  interview: { label: 'Interview', meaning: 'words said to a reporter, named or anonymous' },
} as const satisfies Vocabulary;

/** The story's regions, as the story groups countries. */
export const REGIONS = {
  'latin-america': { label: 'Latin America', meaning: 'Central and South America' },
  europe: { label: 'Europe', meaning: 'Europe, including the South Caucasus' },
  'central-asia': { label: 'Central Asia', meaning: 'the former Soviet republics of Central Asia' },
  'south-east-asia': { label: 'South-East Asia', meaning: 'South-East Asia' },
  africa: { label: 'Africa', meaning: 'Africa, north and south of the Sahara' },
} as const satisfies Vocabulary;

/** What a figure counts. Counts of people, families and meetings are whole numbers. */
export const UNITS = {
  people: { label: 'people', meaning: 'a count of people' },
  families: { label: 'families', meaning: 'a count of families' },
  meetings: { label: 'meetings', meaning: 'a count of meetings' },
  usd: { label: 'US dollars', meaning: 'an amount of money in US dollars' },
} as const satisfies Vocabulary;

/** How a vague figure is worded in the source. Any qualifier means the figure is approximate. */
export const QUALIFIERS = {
  about: { label: 'about', meaning: 'the source gives a round or estimated number' },
  nearly: { label: 'nearly', meaning: 'just under the number' },
  'up to': { label: 'up to', meaning: 'a ceiling: no more than the number' },
  'at least': { label: 'at least', meaning: 'a floor: no fewer than the number' },
  'more than': { label: 'more than', meaning: 'above the number' },
} as const satisfies Vocabulary;

/**
 * Country figures with a fixed meaning. Any other figure id needs a `label`.
 * The story and the charts refer to figures as `<country>.<figure id>`.
 */
export const FIGURE_IDS = {
  received: {
    label: 'received',
    meaning: 'non-citizen deportees from the United States the country has taken in',
  },
  returned: {
    label: 'returned home',
    meaning: 'of those received, how many have gone back to their countries of origin',
  },
  pledged: {
    label: 'pledged',
    meaning: 'how many non-citizens the country has said it would take',
  },
} as const satisfies Vocabulary;

/** The charts a story step can show (src/figures/registry.ts draws them). */
export const CHART_IDS = ['deportees', 'timeline', 'map', 'status'] as const;

export type ChartId = (typeof CHART_IDS)[number];
export type Status = keyof typeof STATUSES;

/** The statuses from the strongest commitment to the weakest: the order of every list and legend. */
export const STATUS_ORDER = Object.keys(STATUSES) as Status[];
export type EventType = keyof typeof EVENT_TYPES;
export type SourceKind = keyof typeof SOURCE_KINDS;
export type Region = keyof typeof REGIONS;
export type Unit = keyof typeof UNITS;
export type Qualifier = keyof typeof QUALIFIERS;

/** Keys of a vocabulary as a non-empty tuple, for `z.enum`. */
export function words<V extends Vocabulary>(v: V): [keyof V & string, ...(keyof V & string)[]] {
  return Object.keys(v) as [keyof V & string, ...(keyof V & string)[]];
}
