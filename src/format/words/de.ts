/** German (Deutsch): every key of the English table, as German job sites write it (StepStone, XING), with „Sie“. */
import type {WordTable} from './en.js';

export const de: WordTable = {
  stage: (number) => `Phase ${number}`,
  stageSpan: (range) => `Phasen ${range}`,
  period: {
    month: {
      span: (range) => `Monate ${range}`,
      single: (month) => `Monat ${month}`,
      onwards: (month) => `Ab Monat ${month}`,
    },
    year: {
      span: (range) => `Jahre ${range}`,
      single: (year) => `Jahr ${year}`,
      onwards: (year) => `Ab Jahr ${year}`,
    },
  },
  range: (min, max) => `${min} – ${max}`,
  spokenRange: (min, max, per) => `${min} bis ${max} ${per}`,
  per: {year: 'pro Jahr', month: 'pro Monat', hour: 'pro Stunde'},
  perShort: {
    year: (range) => range,
    month: (range) => `${range}/Monat`,
    hour: (range) => `${range}/Std.`,
  },
  salaryRange: 'Gehaltsspanne',
  marketSalary: 'Gehaltsband',
  salaryByStage: 'Gehalt je Phase',
  marketRange: 'Gesamter Markt',
  openRoles: 'Offene Stellen',
  lastRefreshed: 'Zuletzt aktualisiert',
  asOf: (date) => `Stand: ${date}`,
  source: (label, how, date) => `Quelle: ${label}${how || date ? ` · ${[how, date].filter(Boolean).join(', ')}` : ''}`,
  sourceMethod: {
    counted: (count) => (count ? `gezählt: ${count}` : 'gezählt'),
    reported: (count) => (count ? `Angaben von ${count} Personen` : 'Selbstauskunft'),
    estimated: (count) => (count ? `geschätzt aus ${count} Datenpunkten` : 'geschätzt'),
  },
  dataPoints: (count) => `${count} Datenpunkte`,
  stages: 'Phasen',
  links: 'Nächste Schritte',
  loading: 'Roadmap wird geladen…',
  errorNetwork:
    'Die Roadmap konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorTimeout: 'Das Laden der Roadmap dauert zu lange. Bitte versuchen Sie es gleich noch einmal.',
  errorServer: 'Die Roadmap konnte nicht vom Server geladen werden. Bitte versuchen Sie es gleich noch einmal.',
  errorInvalid:
    'Diese Roadmap enthält einen Fehler und konnte deshalb nicht angezeigt werden. Die Redaktion der Website sieht die Einzelheiten unten.',
  retry: 'Erneut versuchen',
  scrollHint: 'Seitlich scrollen, um alle Phasen zu sehen',
  // The same word as in English, and the one German interfaces use.
  errorDetails: 'Details',
  keptPrevious: 'Die vorherige Version wird weiterhin angezeigt.',

  // Reader features: track-progress, experience, collapsible.
  progressDone: (done, total) => `${done} von ${total} erledigt`,
  yourProgress: 'Ihr Fortschritt',
  youAreHere: 'Sie sind hier',
  passed: 'Abgeschlossen',
  expandAll: 'Alle aufklappen',
  collapseAll: 'Alle zuklappen',
  offerPlaces: {below: 'unter', within: 'innerhalb', above: 'über'},
  offerPlace: (offer, place, range, name) =>
    `${offer} liegt ${place} ${name ? `der Spanne von ${name}` : 'dieser Spanne'} (${range})`,
  offerLabel: 'Ihr Angebot oder aktuelles Gehalt',
  offerHelp: 'Wird auf diesem Gerät berechnet: Die Roadmap sendet und speichert nichts davon.',
  offerUnreadable: (example) => `Dieser Betrag ist nicht lesbar. Versuchen Sie etwa ${example}.`,
  // The curriculum.
  plan: 'Wochenplan',
  samplePlan: 'Beispielplan',
  weeks: (count, n) => `${count} ${n === 1 ? 'Woche' : 'Wochen'}`,
  hours: (count, n) => `${count} ${n === 1 ? 'Stunde' : 'Stunden'}`,
  weekSpan: (range) => `Wochen ${range}`,
  week: (week) => `Woche ${week}`,
  minutes: (count) => `${count} Min.`,
  free: 'Kostenlos',
  paid: 'Kostenpflichtig',
  kinds: {article: 'Artikel', video: 'Video', course: 'Kurs', book: 'Buch', docs: 'Doku', practice: 'Übung'},
};

export default de;
