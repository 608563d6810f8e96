/** Spanish (español): every key of the English table, in the neutral Spanish of job sites in Spain and Latin America. */
import type {WordTable} from './en.js';

const plural = new Intl.PluralRules('es');

export const es: WordTable = {
  stage: (number) => `Etapa ${number}`,
  stageSpan: (range) => `Etapas ${range}`,
  period: {
    month: {
      span: (range) => `Meses ${range}`,
      single: (month) => `Mes ${month}`,
      onwards: (month) => `Desde el mes ${month}`,
    },
    year: {
      span: (range) => `Años ${range}`,
      single: (year) => `Año ${year}`,
      onwards: (year) => `Desde el año ${year}`,
    },
  },
  range: (min, max) => `${min} – ${max}`,
  spokenRange: (min, max, per) => `de ${min} a ${max} ${per}`,
  per: {year: 'al año', month: 'al mes', hour: 'por hora'},
  perShort: {
    year: (range) => range,
    month: (range) => `${range}/mes`,
    hour: (range) => `${range}/hora`,
  },
  salaryRange: 'Rango salarial',
  marketSalary: 'Banda salarial',
  salaryByStage: 'Salario por etapa',
  marketRange: 'Todo el mercado',
  openRoles: 'Vacantes',
  lastRefreshed: 'Última actualización',
  asOf: (date) => `datos de ${date}`,
  source: (label, how, date) => `Fuente: ${label}${how || date ? ` · ${[how, date].filter(Boolean).join(', ')}` : ''}`,
  sourceMethod: {
    counted: (count) => (count ? `recuento: ${count}` : 'recuento'),
    reported: (count) => (count ? `según ${count} personas` : 'autodeclarado'),
    estimated: (count) => (count ? `estimación con ${count} datos` : 'estimación'),
  },
  dataPoints: (count) => `${count} datos`,
  stages: 'Etapas',
  links: 'Próximos pasos',
  loading: 'Cargando la hoja de ruta…',
  errorNetwork: 'No se pudo cargar la hoja de ruta. Comprueba tu conexión y vuelve a intentarlo.',
  errorTimeout: 'La hoja de ruta está tardando demasiado en cargar. Vuelve a intentarlo en un momento.',
  errorServer: 'No se pudo cargar la hoja de ruta desde el servidor. Vuelve a intentarlo en un momento.',
  errorInvalid:
    'Esta hoja de ruta contiene un error y no se pudo mostrar. Los editores del sitio pueden ver los detalles abajo.',
  retry: 'Reintentar',
  scrollHint: 'Desplázate hacia el lado para ver todas las etapas',
  errorDetails: 'Detalles',
  keptPrevious: 'Se sigue mostrando la versión anterior.',

  // Reader features: track-progress, experience, collapsible.
  progressDone: (done, total, count) =>
    `${done} de ${total} ${plural.select(count.done) === 'one' ? 'completado' : 'completados'}`,
  yourProgress: 'Tu progreso',
  youAreHere: 'Estás aquí',
  passed: 'Superada',
  expandAll: 'Expandir todo',
  collapseAll: 'Contraer todo',
  offerPlaces: {below: 'por debajo', within: 'dentro', above: 'por encima'},
  offerPlace: (offer, place, range, name) =>
    `${offer} está ${place} ${name ? `del rango de la ${name}` : 'de este rango'} (${range})`,
  offerLabel: 'Tu oferta o salario actual',
  offerHelp: 'Se calcula en este dispositivo: la hoja de ruta no lo envía ni lo guarda.',
  offerUnreadable: (example) => `No se pudo leer esa cantidad. Prueba con algo como ${example}.`,
  // The curriculum.
  plan: 'Plan semana a semana',
  samplePlan: 'Plan de ejemplo',
  weeks: (count, n) => `${count} ${n === 1 ? 'semana' : 'semanas'}`,
  hours: (count, n) => `${count} ${n === 1 ? 'hora' : 'horas'}`,
  weekSpan: (range) => `Semanas ${range}`,
  week: (week) => `Semana ${week}`,
  minutes: (count) => `${count} min`,
  free: 'Gratis',
  paid: 'De pago',
  kinds: {
    article: 'Artículo',
    video: 'Vídeo',
    course: 'Curso',
    book: 'Libro',
    docs: 'Documentación',
    practice: 'Práctica',
  },
};

export default es;
