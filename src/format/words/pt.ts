/**
 * Portuguese (português): every key of the English table, in the Brazilian Portuguese that `pt` means in `Intl`,
 * as Brazilian job sites write it (vagas, faixa salarial, trilha de carreira).
 */
import type {WordTable} from './en.js';

export const pt: WordTable = {
  stage: (number) => `Etapa ${number}`,
  stageSpan: (range) => `Etapas ${range}`,
  period: {
    month: {
      span: (range) => `Meses ${range}`,
      single: (month) => `Mês ${month}`,
      onwards: (month) => `A partir do mês ${month}`,
    },
    year: {
      span: (range) => `Anos ${range}`,
      single: (year) => `Ano ${year}`,
      onwards: (year) => `A partir do ano ${year}`,
    },
  },
  range: (min, max) => `${min} – ${max}`,
  spokenRange: (min, max, per) => `de ${min} a ${max} ${per}`,
  per: {year: 'por ano', month: 'por mês', hour: 'por hora'},
  perShort: {
    year: (range) => range,
    month: (range) => `${range}/mês`,
    hour: (range) => `${range}/hora`,
  },
  salaryRange: 'Faixa salarial',
  marketSalary: 'Salários no mercado',
  salaryByStage: 'Salário por etapa',
  marketRange: 'Todo o mercado',
  openRoles: 'Vagas abertas',
  lastRefreshed: 'Última atualização',
  asOf: (date) => `em ${date}`,
  source: (label, how, date) => `Fonte: ${label}${how || date ? ` · ${[how, date].filter(Boolean).join(', ')}` : ''}`,
  sourceMethod: {
    counted: (count) => (count ? `contagem: ${count}` : 'contagem'),
    reported: (count) => (count ? `informado por ${count} pessoas` : 'autodeclarado'),
    estimated: (count) => (count ? `estimativa com ${count} dados` : 'estimativa'),
  },
  dataPoints: (count) => `${count} dados`,
  stages: 'Etapas',
  links: 'Próximos passos',
  loading: 'Carregando a trilha de carreira…',
  errorNetwork: 'Não foi possível carregar a trilha de carreira. Verifique sua conexão e tente de novo.',
  errorTimeout: 'A trilha de carreira está demorando muito para carregar. Tente de novo daqui a pouco.',
  errorServer: 'Não foi possível carregar a trilha de carreira do servidor. Tente de novo daqui a pouco.',
  errorInvalid:
    'Esta trilha de carreira tem um erro e não pôde ser mostrada. Os editores do site podem ver os detalhes abaixo.',
  retry: 'Tentar de novo',
  scrollHint: 'Role para o lado para ver todas as etapas',
  errorDetails: 'Detalhes',
  keptPrevious: 'A versão anterior continua sendo exibida.',

  // Reader features: track-progress, experience, collapsible. Only one is singular ("0 de 9 concluídos").
  progressDone: (done, total, count) => `${done} de ${total} ${count.done === 1 ? 'concluído' : 'concluídos'}`,
  yourProgress: 'Seu progresso',
  youAreHere: 'Você está aqui',
  passed: 'Concluída',
  expandAll: 'Expandir tudo',
  collapseAll: 'Recolher tudo',
  offerPlaces: {below: 'abaixo', within: 'dentro', above: 'acima'},
  offerPlace: (offer, place, range, name) =>
    `${offer} está ${place} ${name ? `da faixa da ${name}` : 'desta faixa'} (${range})`,
  offerLabel: 'Sua oferta ou salário atual',
  offerHelp: 'Calculado neste dispositivo: a trilha de carreira não o envia nem o guarda.',
  offerUnreadable: (example) => `Não foi possível ler esse valor. Tente algo como ${example}.`,
  // The curriculum.
  plan: 'Plano semana a semana',
  samplePlan: 'Plano de exemplo',
  weeks: (count, n) => `${count} ${n === 1 ? 'semana' : 'semanas'}`,
  hours: (count, n) => `${count} ${n === 1 ? 'hora' : 'horas'}`,
  weekSpan: (range) => `Semanas ${range}`,
  week: (week) => `Semana ${week}`,
  minutes: (count) => `${count} min`,
  free: 'Gratuito',
  paid: 'Pago',
  kinds: {article: 'Artigo', video: 'Vídeo', course: 'Curso', book: 'Livro', docs: 'Documentação', practice: 'Prática'},
};

export default pt;
