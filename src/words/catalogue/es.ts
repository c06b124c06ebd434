/**
 * The Spanish catalogue: each key of the English one (en.ts), translated whole, with the terms of
 * docs/glossary.md. Numbers, dates and lists are formatted by `Intl` for `es`.
 */
import type { Catalogue } from './en';

/** The Spanish catalogue. */
export const es: Catalogue = {
  // Words agree with what is counted: "unos 300 deportados", "unas 300 personas".
  'figure.about': '{gender, select, feminine {unas {value}} other {unos {value}}}',
  'figure.nearly': 'casi {value}',
  'figure.up to': 'hasta {value}',
  'figure.at least': 'al menos {value}',
  'figure.more than': 'más de {value}',
  'figure.usd': '{value} dólares',
  'figure.quantity': '{value} {unit}',
  'figure.notReported': 'sin datos',
  'unit.people': '{count, plural, one {persona} other {personas}}',
  'unit.families': '{count, plural, one {familia} other {familias}}',
  'unit.meetings': '{count, plural, one {reunión} other {reuniones}}',
  'unit.usd': '{count, plural, one {dólar estadounidense} other {dólares estadounidenses}}',
  'date.early': 'principios de {month}',
  'date.mid': 'mediados de {month}',
  'date.late': 'finales de {month}',
  'date.between': 'entre {firstKind, select, day {el } other {}}{first} y {secondKind, select, day {el } other {}}{second}',
  'date.betweenDays': 'entre el {first} y el {second}',

  'status.received': 'Recibió deportados',
  'status.transit': 'Tránsito',
  'status.agreed': 'Aceptó',
  'status.destination': 'Destino de un vuelo',
  'status.negotiating': 'En negociación',
  'status.considering': 'Lo está considerando',
  'status.approached': 'Contactado',
  'status.targeted': 'Señalado como objetivo',
  'status.declined': 'Rechazó',

  'region.latin-america': 'América Latina',
  'region.europe': 'Europa',
  'region.central-asia': 'Asia Central',
  'region.south-east-asia': 'Sudeste Asiático',
  'region.africa': 'África',

  'eventType.milestone': 'Fecha clave',
  'eventType.request': 'Petición',
  'eventType.meeting': 'Reunión',
  'eventType.cable': 'Cable',
  'eventType.memo': 'Memorando',
  'eventType.deadline': 'Plazo',
  'eventType.negotiation': 'Negociación',
  'eventType.consideration': 'Consideración',
  'eventType.pledge': 'Compromiso',
  'eventType.agreement': 'Acuerdo',
  'eventType.refusal': 'Rechazo',
  'eventType.flight': 'Vuelo',
  'eventType.transfer': 'Traslado',
  'eventType.detention': 'Detención',
  'eventType.return': 'Regreso',
  'eventType.payment': 'Pago',
  'eventType.release': 'Liberación',
  'eventType.lawsuit': 'Demanda',
  'eventType.statement': 'Declaración',

  'sourceKind.article': 'Artículo periodístico',
  'sourceKind.diplomatic-cable': 'Cable diplomático',
  'sourceKind.dhs-memo': 'Memorando del DHS',
  'sourceKind.diplomatic-note': 'Nota diplomática',
  'sourceKind.report': 'Informe',
  'sourceKind.statement': 'Declaración',
  'sourceKind.interview': 'Entrevista',

  'figureId.received': 'recibidos',
  'figureId.returned': 'han vuelto a su país',
  'figureId.pledged': 'compromiso de acogida',
};
