/** French (français): every key of the English table, as French job sites write it (Apec, Welcome to the Jungle). */
import type {WordTable} from './en.js';

const plural = new Intl.PluralRules('fr');

export const fr: WordTable = {
  stage: (number) => `Étape ${number}`,
  stageSpan: (range) => `Étapes ${range}`,
  period: {
    month: {
      span: (range) => `Mois ${range}`,
      single: (month) => `Mois ${month}`,
      onwards: (month) => `À partir du mois ${month}`,
    },
    year: {
      span: (range) => `Années ${range}`,
      single: (year) => `Année ${year}`,
      onwards: (year) => `À partir de l’année ${year}`,
    },
  },
  range: (min, max) => `${min} – ${max}`,
  spokenRange: (min, max, per) => `de ${min} à ${max} ${per}`,
  per: {year: 'par an', month: 'par mois', hour: 'de l’heure'},
  perShort: {
    year: (range) => range,
    month: (range) => `${range}/mois`,
    hour: (range) => `${range}/h`,
  },
  salaryRange: 'Fourchette de salaire',
  marketSalary: 'Salaires du marché',
  salaryByStage: 'Salaire par étape',
  marketRange: 'Ensemble du marché',
  openRoles: 'Postes à pourvoir',
  lastRefreshed: 'Dernière mise à jour',
  asOf: (date) => `en ${date}`,
  source: (label, how, date) =>
    `Source\u00a0: ${label}${how || date ? ` · ${[how, date].filter(Boolean).join(', ')}` : ''}`,
  sourceMethod: {
    counted: (count) => (count ? `décompte\u00a0: ${count}` : 'décompte'),
    reported: (count) => (count ? `déclaré par ${count} personnes` : 'déclaratif'),
    estimated: (count) => (count ? `estimation sur ${count} données` : 'estimation'),
  },
  dataPoints: (count) => `${count} données`,
  stages: 'Étapes',
  links: 'Pour aller plus loin',
  loading: 'Chargement de la feuille de route…',
  errorNetwork: 'Impossible de charger la feuille de route. Vérifiez votre connexion et réessayez.',
  errorTimeout: 'Le chargement de la feuille de route prend trop de temps. Réessayez dans un instant.',
  errorServer: 'Le serveur n’a pas pu fournir la feuille de route. Réessayez dans un instant.',
  errorInvalid:
    'Cette feuille de route contient une erreur et n’a pas pu être affichée. Les éditeurs du site en trouveront le détail ci-dessous.',
  retry: 'Réessayer',
  scrollHint: 'Faites défiler sur le côté pour voir toutes les étapes',
  errorDetails: 'Détails',
  keptPrevious: 'La version précédente reste affichée.',

  // Reader features: track-progress, experience, collapsible. French counts 0 and 1 as singular.
  progressDone: (done, total, count) =>
    `${done} sur ${total} ${plural.select(count.done) === 'one' ? 'terminé' : 'terminés'}`,
  yourProgress: 'Votre progression',
  youAreHere: 'Vous êtes ici',
  passed: 'Terminée',
  expandAll: 'Tout déplier',
  collapseAll: 'Tout replier',
  offerPlaces: {below: 'en dessous', within: 'à l’intérieur', above: 'au-dessus'},
  offerPlace: (offer, place, range, name) =>
    `${offer} est ${place} ${name ? `de la fourchette de l’${name}` : 'de cette fourchette'} (${range})`,
  offerLabel: 'Votre offre ou salaire actuel',
  offerHelp: 'Calculé sur cet appareil : la feuille de route ne l’envoie ni ne l’enregistre.',
  offerUnreadable: (example) => `Ce montant est illisible. Essayez par exemple ${example}.`,
  // The curriculum.
  plan: 'Programme semaine par semaine',
  samplePlan: 'Exemple de programme',
  weeks: (count, n) => `${count} ${n < 2 ? 'semaine' : 'semaines'}`,
  hours: (count, n) => `${count} ${n < 2 ? 'heure' : 'heures'}`,
  weekSpan: (range) => `Semaines ${range}`,
  week: (week) => `Semaine ${week}`,
  minutes: (count) => `${count} min`,
  free: 'Gratuit',
  paid: 'Payant',
  kinds: {
    article: 'Article',
    video: 'Vidéo',
    course: 'Cours',
    book: 'Livre',
    docs: 'Documentation',
    practice: 'Exercice',
  },
};

export default fr;
