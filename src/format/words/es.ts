/** Spanish (español): every key of the English table, in the neutral Spanish of job sites in Spain and Latin America. */
import type {Words} from './en.js';

const plural = new Intl.PluralRules('es');

export const es: Words = {
  stage: (number) => `Etapa ${number}`,
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
  salaryRange: 'Rango salarial',
  marketSalary: 'Banda salarial',
  openRoles: 'Vacantes',
  lastRefreshed: 'Última actualización',
  asOf: (date) => `datos de ${date}`,
  stages: 'Etapas',
  links: 'Próximos pasos',
  loading: 'Cargando la hoja de ruta…',
  errorTitle: 'No se pudo mostrar esta hoja de ruta.',
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
};

export default es;
