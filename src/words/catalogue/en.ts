/**
 * The English catalogue: every sentence a reader sees, whole, in ICU MessageFormat
 * (`{name}` a value, `{n, plural, one {…} other {…}}` a count, `{x, select, …}` a choice).
 * The vocabulary's labels (statuses, regions, event types…) are written once, in
 * src/model/vocabulary.ts, and read from there; every other language translates each key here.
 *
 * Over 250 lines because a catalogue is one list of every sentence a reader sees, one per line,
 * which translators read and keep in step as a whole.
 */
import { EVENT_TYPES, FIGURE_IDS, REGIONS, SOURCE_KINDS, STATUSES } from '../../model/vocabulary';

/** `<prefix>.<word>` → the word's label, for each word of a vocabulary. */
function labels<P extends string, V extends Record<string, { label: string }>>(prefix: P, vocabulary: V) {
  return Object.fromEntries(Object.entries(vocabulary).map(([word, { label }]) => [`${prefix}.${word}`, label])) as { [W in keyof V & string as `${P}.${W}`]: string };
}

const sentences = {
  // How a vague figure reads: the qualifier before the number. `gender` is the grammatical gender
  // of what is counted, for languages whose words agree with it ("unas 300 personas").
  'figure.about': 'about {value}',
  'figure.nearly': 'nearly {value}',
  'figure.up to': 'up to {value}',
  'figure.at least': 'at least {value}',
  'figure.more than': 'more than {value}',
  'figure.usd': '${value}',
  'figure.quantity': '{value} {unit}',
  'figure.notReported': 'not reported',
  // A unit after a number: `count` is the number (1 reads "person").
  'unit.people': '{count, plural, one {person} other {people}}',
  'unit.families': '{count, plural, one {family} other {families}}',
  'unit.meetings': '{count, plural, one {meeting} other {meetings}}',
  'unit.usd': '{count, plural, one {US dollar} other {US dollars}}',
  // Dates: a part of a month, and a span of two dates (each a placeholder the page marks up as <time>).
  'date.early': 'early {month}',
  'date.mid': 'mid {month}',
  'date.late': 'late {month}',
  // `firstKind`, `secondKind`: "day" or "month", for languages that put an article before a day.
  'date.between': 'between {first} and {second}',
  'date.betweenDays': 'between {first} and {second}',

  // Tables: column headings.
  'table.country': 'Country',
  'table.region': 'Region',
  'table.status': 'Status',
  'table.date': 'Date',
  'table.type': 'Type',
  'table.event': 'Event',
  'table.events': 'Events',
  'table.first': 'First',
  'table.latest': 'Latest',
  'table.received': 'Received',
  'table.returnedHome': 'Returned home',
  'table.pledged': 'Pledged',

  // The deportees chart.
  'deportees.title': 'Deportees received and pledged, by country',
  'deportees.receivedItem': '{name} {value}',
  'deportees.receivedReturnedItem': '{name} {value} ({back, plural, other {{returned} of whom have returned home}})',
  'deportees.pledgedItem': '{name} {value}',
  'deportees.describeReceived': 'Deportees received: {list}.',
  'deportees.describePledged': 'Pledged to take: {list}.',
  'deportees.describeUnknown': '{count, plural, one {No number is reported for # other country.} other {No number is reported for # other countries.}}',
  'deportees.takeaway': '{count, plural, other {{name} took {value} deportees, the most reported}}; for {unknown, number} of the {total, number} countries no number is reported.',
  'deportees.takeawayNone': 'For {unknown, number} of the {total, number} countries no number is reported.',

  // The map.
  'map.title': 'Where the United States has sought to send deportees',
  'map.notOnMap': '{count, plural, one {# country is not on the map: {list}} other {# countries are not on the map: {list}}}',
  'map.notOnMapItem': '{name} ({reason})',
  'map.noGeography': 'no geography for {iso3}',
  'map.describeNone': 'No countries are shown.',
  'map.describeStatus': '{count, number} {status} ({list})',
  'map.describeFirstRegion': '{count, plural, one {# is in {region}} other {# are in {region}}}',
  'map.describeRegion': '{count, number} in {region}',
  'map.describe': 'Map of {count, plural, one {# country} other {# countries}} by where their talks with the United States on taking deportees stand: {statuses}. {regions}.',
  'map.takeaway': 'The {total, number} countries asked or named stretch from Latin America to Central Asia; {received, plural, one {# has} other {# have}} received deportees.',
  'map.takeawayNotOnMap': 'The {total, number} countries asked or named stretch from Latin America to Central Asia; {received, plural, one {# has} other {# have}} received deportees; {notOnMap}.',

  // The status chart: how a count of countries with a status reads in a sentence.
  'status.title': 'Where each negotiation stands',
  'statusPhrase.received': '{count, plural, one {# received deportees} other {# received deportees}}',
  'statusPhrase.transit': '{count, plural, one {# lets them pass through} other {# let them pass through}}',
  'statusPhrase.agreed': '{count, plural, one {# agreed to take some} other {# agreed to take some}}',
  'statusPhrase.destination': "{count, plural, one {# was a flight's destination} other {# were flights' destinations}}",
  'statusPhrase.negotiating': '{count, plural, one {# is negotiating} other {# are negotiating}}',
  'statusPhrase.considering': '{count, plural, one {# is considering it} other {# are considering it}}',
  'statusPhrase.approached': '{count, plural, one {# was approached} other {# were approached}}',
  'statusPhrase.targeted': '{count, plural, one {# was only named as a target} other {# were only named as targets}}',
  'statusPhrase.declined': '{count, plural, one {# declined} other {# declined}}',
  'status.takeaway': '{total, plural, one {Of # country, {list}.} other {Of # countries, {list}.}}',
  'status.describeGroup': '{status}: {names}',
  'status.describe': '{total, number} countries by where their talks with the United States stand. {groups}.',

  // The timeline: its families of marks (the legend), its title, takeaway and description.
  'family.asks': 'Asks and talks',
  'family.documents': 'Cable or memo',
  'family.yes': 'Yes or maybe',
  'family.no': 'Refusal',
  'family.moved': 'People moved or held',
  'family.money': 'Payment',
  'family.other': 'Lawsuit or statement',
  'family.milestone': 'Key date',
  'timeline.title': 'How each negotiation unfolded',
  'timeline.countryTitle': '{country}: {subject, select, negotiation {the negotiation} deportations {deportations} other {what the reporting records}}, {dense, select, yes {month by month} other {event by event}}',
  'timeline.on': 'on {day}',
  'timeline.fromTo': 'from {first} to {last}',
  'timeline.none': 'The timeline shows no events for this selection.',
  'timeline.keyDates': ' and {count, plural, one {# key date in US politics} other {# key dates in US politics}}',
  'timeline.allExact': '{count, plural, one {it is dated to the day} other {all are dated to the day}}',
  'timeline.noneExact': '{count, plural, one {it is not dated to the day, only to a month, part of a month or a range} other {none is dated to the day, only to a month, part of a month or a range}}',
  'timeline.someExact': '{exact, plural, one {# is} other {# are}} dated to the day, the others only to a month, part of a month or a range',
  'timeline.describe': 'The timeline shows {events, plural, one {# event} other {# events}} involving {lanes, plural, one {# country} other {# countries}}{keyDates}, {range}; {precision}.',
  'timeline.describeKeyDatesOnly': 'The timeline shows {count, plural, one {# key date} other {# key dates}} and no country events, {range}.',
  'timeline.mostOne': ' {name} has the most events, {most, number}.',
  'timeline.mostFew': ' {names} have the most events, {most, number} each.',
  'timeline.mostAll': ' All {lanes, number} countries have {most, plural, one {# event} other {# events}} each.',
  'timeline.mostMany': ' {count, number} countries have the most events, {most, number} each.',
  'timeline.dense': ' Too many to draw one by one, the events are counted by {lanes, select, one {month} other {country and month}}.',
  'timeline.takeawayDenseOne': '{events, number} dated events; each cell counts the events in a month.',
  'timeline.takeawayDense': "{events, number} events across {lanes, number} countries; each cell counts a country's events in a month.",
  'timeline.takeawayOne': '{events, plural, one {# dated event} other {# dated events}}; a bar means the reporting gives only a month or a span, not a day.',
  'timeline.takeaway': '{events, number} events across {lanes, number} countries; a bar means the reporting gives only a month or a span, not a day.',

  // The country tracker: its title, columns, sort directions, counts and controls. `{shown}`,
  // `{column}` and `{direction}` in a count are filled in by the page's script.
  'tracker.title': 'The countries the United States asked to take its deportees, and where each stands',
  'tracker.column.name': 'Country',
  'tracker.column.status': 'Status',
  'tracker.column.region': 'Region',
  'tracker.column.received': 'Received',
  'tracker.column.returned': 'Returned',
  'tracker.column.pledged': 'Pledged',
  'tracker.column.latest': 'Latest event',
  'tracker.column.sources': 'Sources',
  'tracker.sort.aToZ': 'A to Z',
  'tracker.sort.zToA': 'Z to A',
  'tracker.sort.smallest': 'smallest first',
  'tracker.sort.largest': 'largest first',
  'tracker.sort.strongest': 'strongest commitment first',
  'tracker.sort.weakest': 'weakest commitment first',
  'tracker.sort.oldest': 'oldest first',
  'tracker.sort.newest': 'newest first',
  'tracker.all': 'All {total, number} countries',
  'tracker.some': '{shown} of {total, number} countries',
  'tracker.none': 'No country matches: 0 of {total, number}',
  'tracker.sorted': 'sorted by {column}, {direction}',
  'tracker.first': '{all}, {sorted}.',
  'tracker.search': 'Search by name',
  'tracker.allStatuses': 'All statuses',
  'tracker.allRegions': 'All regions',
  'tracker.reset': 'Show all',
  'tracker.noEvent': 'none recorded',
  'tracker.sourcesFor': ' {count, plural, one {source} other {sources}} cited on {name}’s page',
  'tracker.csv': 'Download these countries as CSV',
  'tracker.json': 'every country as JSON',
  'tracker.csvSelection': 'countries-selection.csv',
  'tracker.notReported': '“Not reported” means the sources give no number; it never means zero.',

  // Corrections and source lines.
  'recordKind.story': 'The story',
  'recordKind.country': 'Country',
  'recordKind.event': 'Event',
  'recordKind.source': 'Source',
  'correction.title': 'Correction: {title}',
  'correction.record': '{kind} “{title}”',
  'sourcePhrase.article': '{count, plural, one {an article} other {articles}}',
  'sourcePhrase.diplomatic-cable': '{count, plural, one {a State Department cable} other {State Department cables}}',
  'sourcePhrase.dhs-memo': '{count, plural, one {a DHS memo} other {DHS memos}}',
  'sourcePhrase.diplomatic-note': '{count, plural, one {a diplomatic note} other {diplomatic notes}}',
  'sourcePhrase.report': '{count, plural, one {a government report} other {government reports}}',
  'sourcePhrase.statement': '{count, plural, one {a statement} other {statements}}',
  'sourcePhrase.interview': '{count, plural, one {an interview} other {interviews}}',
  'source.via': '{kinds}, via {outlet}',
  'source.line': '{count, plural, =0 {Source} one {Source} other {Sources}}: {parts}',

  // Every page's frame: skip link, navigation, footer.
  'page.skip': 'Skip to content',
  'page.navLabel': 'Site',
  'page.nav.story': 'Story',
  'page.nav.countries': 'Countries',
  'page.nav.events': 'Events',
  'page.nav.sources': 'Sources',
  // A placeholder in braces that names a link ({method}) is the link, its words the message named beside it.
  'page.sourced': 'Every figure on this site comes from a cited source. {method}.',
  'page.method': 'Sources and method',
  'page.data': 'Data:',
  'page.corrections': 'Corrections',
  'page.feed': 'Updates feed (Atom)',
  'page.sources': 'Sources',
  'page.lastUpdated': 'Last updated',
  // The language switch (its links name each language in that language) and a translation's credit.
  'page.languages': 'Language',
  'page.translation': 'Translation: {translator}. Review: {reviewer}.',
  // The site's name, on every page, card and feed.
  'site.name': 'Third-country deportations',
  'site.feedTitle': '{site}: updates and corrections',
  // The sources page's social card; its kicker is 'page.method'.
  'card.sources.title': 'The {count, number} sources behind every figure and event',
  'card.sources.takeaway': 'Cables, memos and notes known only through the published reporting are marked as such; vague numbers keep their “about” or “up to”.',
  'card.sources.other': 'Other: {kinds}',
  // An embed page: its description for link previews, and its credit line ({link}: the story's title).
  'embed.chartDescription': '{title}: an embeddable chart.',
  'embed.trackerDescription': '{title}: an embeddable table, sortable and filterable.',
  'embed.from': 'From {link}',
  // The page left at a renamed record's old address ({url}: the new address in full; {link}: it, linked).
  'redirect.title': 'This page has moved',
  'redirect.description': 'This page has moved to {url}',
  'redirect.text': 'This page has moved: {link}.',

  // The story page, around the story.
  'story.published': 'Published',
  'story.notes': 'Notes',
  'story.reporting': 'Reporting',
  'story.countriesHeading': 'The {count, number} countries',
  'story.countriesText': 'Each country the reporting names as asked, pressed, targeted, receiving or refusing, with what it has taken and promised: {link}, in a table to sort and filter and in charts.',
  'story.countriesLink': 'see every country, where its talks stand and what the sources count',
  'story.eventsHeading': 'What happened, in order',
  'story.eventsText': '{count, number} events from {from} to {to}, each with its sources: {link}.',
  'story.eventsLink': 'see every event, in order',
  'story.methodHeading': 'Sources and method',
  'story.methodText': 'Every record on this site cites the documents it rests on: State Department cables, a Department of Homeland Security memo, a diplomatic note and named officials, as reported by The New York Times. Numbers are given exactly as the reporting gives them; vague numbers keep their “about” or “up to”. {link}.',
  'story.methodLink': 'See every source and what cites it',
  'story.downloads': 'Get the data:',
  'story.graphicLabel': 'The chart for the step in view',

  // A chart's figure: its links, data table, and the share box.
  'chartFigure.data': 'Data:',
  'chartFigure.table': 'table',
  'chartFigure.thisView': 'This view:',
  'chartFigure.image': 'image',
  'chartFigure.forNewsletters': 'for newsletters',
  'chartFigure.embed': 'embed',
  'chartFigure.dataBehind': 'The data behind this chart',
  'chartFigure.download': 'Download:',
  'chartFigure.imageLabel': 'Image:',
  'chartFigure.pngNewsletters': 'PNG for newsletters',
  'chartFigure.embedAlone': 'The embed on its own',
  'share.summary': '{what, select, chart {Share or embed this chart} other {Share or embed this table}}',
  'share.paste': '{what, select, chart {Paste this code into your article: the chart sizes itself to your page.} other {Paste this code into your article: the table sizes itself to your page.}}',
  'share.copy': 'Copy the code',
  'share.copied': 'Copied',
  'share.copyFailed': 'Select the code and copy it',

  // Records on their pages: figures, events, quotes; and the page that does not exist.
  'figureList.asOf': '{span, select, yes {Dated {date}} other {As of {date}}}',
  'figureList.source': 'Source:',
  'eventList.countries': 'Countries:',
  'quote.translation': 'Translation: {text}',
  'notFound.title': 'Page not found',
  'notFound.description': 'This page does not exist.',
  'notFound.text': 'There is no page at this address. {story} or {countries}.',
  'notFound.story': 'Go to the story',
  'notFound.countries': 'the list of countries',

  // A country's page.
  'countryPage.description': '{name} and the US push to send it deportees who are not its citizens: status "{status}", figures and {events, plural, other {# dated events}}, each with its sources.',
  'countryPage.figures': 'Figures',
  'countryPage.noFigures': 'The reporting gives no number for {name}.',
  'countryPage.notes': 'Notes',
  'countryPage.quotes': 'In their words',
  'countryPage.timeline': 'Timeline',
  'countryPage.noEvents': 'No dated event names {name}.',
  'countryPage.sources': 'Sources',
  'countryPage.stories': 'In the stories',
  'countryPage.storiesText': '{count, plural, one {The story that tells of {name}:} other {The stories that tell of {name}:}}',

  // The stories: the index of every story, and a follow-up's page around its text.
  'stories.title': 'Stories',
  'stories.description': 'Every story the site publishes over the same records of countries, events and sources, newest first.',
  'stories.intro': 'Every story here rests on the same records: each number, date and source is the one on the country, event and source pages.',
  'stories.main': 'The main story',
  'stories.followUp': 'Follow-up',
  'stories.all': 'All stories',
  'stories.followUps': 'Follow-ups',
  'stories.covers': 'covers {from} to {to}',
  'stories.followUpOf': 'A follow-up to {link}.',

  // The list of every event, and the corrections log.
  'eventsPage.title': 'Every event, in order',
  'eventsPage.description': "The {count, number} events of the United States' push to send deportees to third countries, from {from} to {to}, each with its sources.",
  'eventsPage.standfirst': '{count, number} events from {from} to {to}. Where the reporting dates an event only roughly, so does this list.',
  'correctionsPage.title': 'Corrections',
  'correctionsPage.descriptionNone': 'Corrections to the story and its records: none so far.',
  'correctionsPage.description': 'Every correction to the story and its records, newest first: {count, number} so far.',
  'correctionsPage.standfirst': 'Every correction made to the story, its countries, events and sources, newest first. Each is also shown where the record appears.',
  'correctionsPage.none': 'No corrections have been made.',
  'correctionsPage.feed': 'Follow corrections and updates in a feed reader: {feed}.',
  'correctionsPage.feedLink': 'updates feed (Atom)',

  // The list of countries.
  'countriesPage.title': 'Countries',
  'countriesPage.description': 'The {count, number} countries the United States asked to take deportees who are not their citizens: where each negotiation stands, how many people each received, returned and pledged, and the latest event. Sort, filter and download.',
  'countriesPage.standfirst': 'The {count, number} countries the reporting names, where each negotiation with the United States stands, and what the sources count.',
  'countriesPage.charts': 'In charts',
  'countriesPage.statuses': 'What each status means',

  // The list of sources.
  'sourcesPage.title': 'Sources',
  'sourcesPage.description': 'The {count, number} sources behind every figure and event in the story, and which records cite each.',
  'sourcesPage.standfirst': 'Every fact on this site cites one of these {count, number} sources. Cables, memos and notes marked “reported in” are known only through the published reporting.',
  'sourcesPage.method': 'Method',
  'sourcesPage.methodText': 'Records are written by editors from the reporting and checked by a program before every build: each figure must be a whole number with its date and source, vague numbers keep their “about” or “up to”, and dates known only roughly are shown as spans. Download the {link}.',
  'sourcesPage.methodLink': 'sources as JSON',
  'sourcesPage.all': 'All sources',
  'sourcesPage.kind': 'Kind',
  'sourcesPage.from': 'From',
  'sourcesPage.date': 'Date',
  'sourcesPage.noDate': 'not given in the reporting',
  'sourcesPage.reportedIn': 'Reported in',
  'sourcesPage.citedBy': 'Cited by {countries, plural, one {# country} other {# countries}}, {events, plural, one {# event} other {# events}}{sources, plural, =0 {} one {, # reported source} other {, # reported sources}}',

  // Words inside the drawings: legends, axis, tooltips, direct labels.
  'chart.timeline.empty': 'No events in this view.',
  'chart.timeline.exactDay': 'Exact day',
  'chart.timeline.rangeDay': 'Day not known: bar spans possible days',
  'chart.timeline.countHeading': 'Events in a month:',
  'chart.timeline.countOrMore': '{min, number} or more',
  'chart.timeline.countNote': "{lanes, select, one {Each cell counts the events in a month; an event counts in the month of its first possible day.} other {Each cell counts a country's events in a month; an event counts in the month of its first possible day.}}",
  'chart.timeline.cellTitle': '{lane}, {month}: {count, plural, one {# event} other {# events}}',
  'chart.timeline.yearTick': '{month} {year}',
  // `count` and `back`: the numbers received and returned (English says both alike for 1 and more).
  'chart.deportees.received': '{count, plural, other {{value} received}}',
  'chart.deportees.receivedReturned': '{count, plural, other {{value} received}}, {back, plural, other {{returned} returned home}}',
  'chart.deportees.pledged': '{value} pledged',
  'chart.deportees.returned': '{back, plural, other {{value} returned home}}',
  'chart.deportees.legendReceived': 'Received',
  'chart.deportees.legendReturned': 'Of whom returned home',
  'chart.deportees.legendPledged': 'Pledged',
  'chart.deportees.unknown': '{count, plural, one {No number reported for # country:} other {No number reported for # countries:}}',
  'chart.status.groupLabel': '{label} ({count, number})',
  'chart.map.origin': 'United States',
  'chart.map.originTitle': '{name}: where the deportees are sent from',
  'chart.map.countryTitle': '{name}: {status}',
  'chart.map.legendOthers': 'Other countries in the story',
  'chart.map.legendOrigin': 'United States, sending deportees',
} as const;

/** What each status means, of a country by its `name`, or of any country (`kind`: generic): "Kosovo has said it will take…". */
const statusMeanings = Object.fromEntries(Object.entries(STATUSES).map(([status, { meaning }]) => [`statusMeaning.${status}`, `{kind, select, generic {The country} other {{name}}} ${meaning}.`])) as { [S in keyof typeof STATUSES as `statusMeaning.${S}`]: string };

/** What each status means, as a status group's tooltip: "Declined: the country has said it cannot…". */
const statusTitles = Object.fromEntries(Object.entries(STATUSES).map(([status, { label, meaning }]) => [`chart.status.title.${status}`, `${label}: the country ${meaning}.`])) as { [S in keyof typeof STATUSES as `chart.status.title.${S}`]: string };

/** How many sources of a kind the sources card counts: "Report" / "Reports". */
const kindCounts = Object.fromEntries(Object.entries(SOURCE_KINDS).map(([kind, { label }]) => [`card.kind.${kind}`, `{count, plural, one {${label}} other {${label}s}}`])) as { [K in keyof typeof SOURCE_KINDS as `card.kind.${K}`]: string };

/** The English catalogue. */
export const en = {
  ...kindCounts,
  ...sentences,
  ...statusTitles,
  ...statusMeanings,
  ...labels('status', STATUSES),
  ...labels('region', REGIONS),
  ...labels('eventType', EVENT_TYPES),
  ...labels('sourceKind', SOURCE_KINDS),
  ...labels('figureId', FIGURE_IDS),
};

/** A key of the catalogue: every language has a message for each. */
export type MessageKey = keyof typeof en;
/** A language's catalogue. */
export type Catalogue = Record<MessageKey, string>;
