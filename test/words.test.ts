/**
 * The word tables of every language but English: each roadmap shown in one of them has no English UI word, its
 * stage numbers, periods and counts in that language's words and digits, and the table arrives only when a
 * roadmap needs it.
 */
import {expect} from '@open-wc/testing';
import '../src/define.js';
import type {RoadmapInput, RoadmapTimeline} from '../src/index.js';
import {en} from '../src/format/words/en.js';
import {OFFER_FIELD_ENGLISH} from '../src/elements/roadmap-timeline/offer-check.js';
import {PLAN_ENGLISH} from '../src/elements/stage-card/curriculum.js';
import {ar} from '../src/format/words/ar.js';
import {loadWords, wordsFor, WORD_LANGUAGES, type Words} from '../src/format/words.js';
import {closeFrames, open, openRoadmap} from './frames.js';
import {deepQueryAll, deepText, forEachReadableText, part, parts, settled, showTimeline} from './helpers.js';
import {freshRoadmap} from './reader/reader-helpers.js';

// The resource timing buffer holds 250 entries by default: once full, later fetches are not counted.
performance.setResourceTimingBufferSize(100000);

/** The languages with a table of their own, beside English. */
const LANGUAGES = ['ar', 'bn', 'de', 'es', 'fr', 'hi', 'kn', 'ml', 'mr', 'pt', 'ta', 'te'];

/**
 * Words a language shares with the English table, spelled alike but its own (never an English leftover):
 * German says "Details", "Server", "Version" and, in tech writing, "Roadmap"; French says "site" and "version";
 * Portuguese says "site", and "as" is its article ("todas as etapas").
 */
const SHARED: Record<string, string[]> = {
  // "min" is these languages' own abbreviation of minutes; "Video", "Article", "Plan" and "Source" are theirs too
  // (issue 16).
  de: ['details', 'roadmap', 'server', 'version', 'min', 'video'],
  es: ['min', 'plan'],
  fr: ['site', 'version', 'min', 'article', 'source'],
  pt: ['site', 'as', 'min'],
};

/** Every text of a table, functions called with placeholder numbers. */
function tableTexts(table: unknown): string[] {
  if (typeof table === 'string') return [table];
  if (typeof table === 'function') {
    // The third argument is a string to some functions (spokenRange's period) and the counts to progressDone.
    return [(table as (...args: unknown[]) => string)('1', '2', {done: 1, total: 2, toString: () => '3'})];
  }
  return table && typeof table === 'object' ? Object.values(table).flatMap(tableTexts) : [];
}

/** Every word (two letters or more) of English's UI, lower case: its table, and the offer field's and plan's words. */
const ENGLISH = new Set(
  tableTexts({...en, ...OFFER_FIELD_ENGLISH, ...PLAN_ENGLISH}).flatMap(
    (text) => text.toLowerCase().match(/[a-z]{2,}/g) ?? [],
  ),
);

/** Every string in the roadmap (titles, items, summaries, link labels…): the publisher's words, not the UI's. */
function contentStrings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) contentStrings(inner, found);
  return found;
}

/**
 * The UI's words in a rendered timeline: every text a reader meets or a screen reader says (text nodes, aria-label
 * and title attributes, through every shadow root) that is not the roadmap's own content.
 */
function uiTexts(el: RoadmapTimeline, roadmap: RoadmapInput): string[] {
  const content = contentStrings(roadmap);
  const isContent = (text: string) => content.some((string) => string.includes(text));
  const texts: string[] = [];
  forEachReadableText(el, (node) => {
    const text = node.nodeValue!.trim();
    if (text && !isContent(text)) texts.push(text);
  });
  for (const element of deepQueryAll(el.shadowRoot!, '[aria-label], [title]')) {
    for (const name of ['aria-label', 'title']) {
      const text = element.getAttribute(name)?.trim();
      if (text && !isContent(text)) texts.push(text);
    }
  }
  return texts;
}

/** The English words among `texts`, with the text each is in. */
function englishIn(texts: string[], language: string): string[] {
  const shared = SHARED[language] ?? [];
  return texts.flatMap((text) =>
    (text.toLowerCase().match(/[a-z]{2,}/g) ?? [])
      .filter((word) => ENGLISH.has(word) && !shared.includes(word))
      .map((word) => `"${word}" in "${text}"`),
  );
}

/** The India roadmap in `locale` with every reader feature on, so that every UI word is on screen. */
async function everyWord(locale: string) {
  const roadmap = await freshRoadmap();
  const el = await showTimeline(roadmap, {
    locale,
    'track-progress': '',
    experience: '7',
    collapsible: '',
    'structured-data': '',
  });
  return {el, roadmap};
}

/** The label texts of stage `index` (0-based): its number and period. */
function stageLabel(el: RoadmapTimeline, index: number): string {
  const card = parts(el, 'card')[index]!;
  return card.shadowRoot!.querySelector('[part~="meta"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('word tables', () => {
  it('every language with a table is offered, and none is left out of this test', () => {
    expect([...WORD_LANGUAGES].sort()).to.deep.equal(['en', ...LANGUAGES].sort());
  });

  for (const language of LANGUAGES) {
    it(`${language}: no text of the table, shown or said in any state, has an English word`, async () => {
      await loadWords(language);
      const table = wordsFor(language);
      expect(table).not.to.equal(en);
      expect(englishIn(tableTexts(table), language)).to.deep.equal([]);
    });

    it(`${language}: a roadmap shown in it has no English UI word, in any label, badge, button or spoken text`, async () => {
      const {el, roadmap} = await everyWord(language);
      expect(wordsFor(language)).not.to.equal(en);
      const texts = uiTexts(el, roadmap);
      // The reader features' words are among them: the test sees every label.
      const words = wordsFor(language);
      for (const word of [words.youAreHere, words.passed, words.expandAll, words.yourProgress, words.openRoles]) {
        expect(texts.join('\n'), word).to.include(word);
      }
      expect(englishIn(texts, language)).to.deep.equal([]);
    });

    it(`${language}: the error a reader sees is in it too, all but the editor's details`, async () => {
      const el = await showTimeline({version: 1} as unknown as RoadmapInput, {locale: language});
      const error = part(el, 'error')!;
      // The located details under "Details" are for the site's editor, in English like the console; the
      // summary that opens them and every sentence around them are the reader's.
      const texts: string[] = [];
      forEachReadableText(error, (node) => {
        const details = node.parentElement!.closest('details');
        if (!details || node.parentElement!.closest('summary')) texts.push(node.nodeValue!.trim());
      });
      const said = texts.filter(Boolean);
      expect(said.join(' ')).to.include(wordsFor(language).errorDetails);
      expect(said.length).to.be.greaterThan(1);
      expect(englishIn(said, language)).to.deep.equal([]);
      // Tagged with its language, so that a screen reader speaks it and the browser picks a font for its script.
      expect(part(el, 'base')!.getAttribute('lang')).to.equal(language);
    });
  }

  it('an error in a language without a table is in English, and tagged English', async () => {
    const el = await showTimeline({version: 1} as unknown as RoadmapInput, {locale: 'it-IT'});
    expect(part(el, 'error')!.textContent).to.include(en.errorDetails);
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
  });
});

/**
 * Each language's stage label, periods and open-roles figure for the India roadmap: stage 1 "Months 0–2",
 * stage 4 "Year 2–3", stage 5 "Year 4+", 7,840 open roles. The digits are the locale's: Arabic-Indic for ar-EG,
 * Bengali for bn, Devanagari for mr, Western for the rest.
 */
const EXPECTED: Record<string, {first: string[]; fourth: string[]; fifth: string[]; roles: string}> = {
  'ar-EG': {
    first: ['المرحلة ١', 'الأشهر ٠–٢'],
    fourth: ['المرحلة ٤', 'السنوات ٢–٣'],
    fifth: ['المرحلة ٥', 'من السنة ٤ فصاعدًا'],
    roles: '٧٬٨٤٠',
  },
  bn: {first: ['পর্যায় ১', 'মাস ০–২'], fourth: ['পর্যায় ৪', 'বছর ২–৩'], fifth: ['পর্যায় ৫', 'বছর ৪+'], roles: '৭,৮৪০'},
  de: {
    first: ['Phase 1', 'Monate 0–2'],
    fourth: ['Phase 4', 'Jahre 2–3'],
    fifth: ['Phase 5', 'Ab Jahr 4'],
    roles: '7.840',
  },
  es: {
    first: ['Etapa 1', 'Meses 0-2'],
    fourth: ['Etapa 4', 'Años 2-3'],
    fifth: ['Etapa 5', 'Desde el año 4'],
    roles: '7840',
  },
  fr: {
    first: ['Étape 1', 'Mois 0–2'],
    fourth: ['Étape 4', 'Années 2–3'],
    fifth: ['Étape 5', 'À partir de l’année 4'],
    roles: '7\u202f840',
  },
  kn: {
    first: ['ಹಂತ 1', '0–2 ತಿಂಗಳು'],
    fourth: ['ಹಂತ 4', '2–3 ವರ್ಷ'],
    fifth: ['ಹಂತ 5', '4ನೇ ವರ್ಷದಿಂದ'],
    roles: '7,840',
  },
  ml: {
    first: ['ഘട്ടം 1', '0-2 മാസം'],
    fourth: ['ഘട്ടം 4', '2-3 വർഷം'],
    fifth: ['ഘട്ടം 5', '4-ാം വർഷം മുതൽ'],
    roles: '7,840',
  },
  mr: {first: ['टप्पा १', 'महिने ०–२'], fourth: ['टप्पा ४', 'वर्षे २–३'], fifth: ['टप्पा ५', 'वर्ष ४+'], roles: '७,८४०'},
  pt: {
    first: ['Etapa 1', 'Meses 0–2'],
    fourth: ['Etapa 4', 'Anos 2–3'],
    fifth: ['Etapa 5', 'A partir do ano 4'],
    roles: '7.840',
  },
  ta: {
    first: ['நிலை 1', 'மாதங்கள் 0–2'],
    fourth: ['நிலை 4', 'ஆண்டுகள் 2–3'],
    fifth: ['நிலை 5', 'ஆண்டு 4+'],
    roles: '7,840',
  },
  te: {
    first: ['దశ 1', 'నెలలు 0–2'],
    fourth: ['దశ 4', 'సంవత్సరాలు 2–3'],
    fifth: ['దశ 5', 'సంవత్సరం 4+'],
    roles: '7,840',
  },
};

describe('stage numbers, periods and counts per language', () => {
  for (const [locale, expected] of Object.entries(EXPECTED)) {
    it(`${locale}: ${expected.first.join(' · ')} … ${expected.fifth.join(' · ')}`, async () => {
      const el = await showTimeline(await freshRoadmap(), {locale});
      for (const [index, words] of [
        [0, expected.first],
        [3, expected.fourth],
        [4, expected.fifth],
      ] as const) {
        for (const word of words) expect(stageLabel(el, index), `stage ${index + 1}`).to.include(word);
      }
      expect(part(el, 'facts')!.textContent).to.include(expected.roles);
    });
  }

  it('ar-EG: the progress says its count with the noun in the form Arabic gives that number', async () => {
    await loadWords('ar');
    const said = (total: number) => ar.progressDone('٠', String(total), {done: 0, total});
    expect(said(1)).to.equal('أُنجز ٠ من مهمة واحدة');
    expect(said(2)).to.equal('أُنجز ٠ من مهمتين');
    expect(said(3)).to.equal('أُنجز ٠ من 3 مهام');
    expect(said(10)).to.equal('أُنجز ٠ من 10 مهام');
    expect(said(11)).to.equal('أُنجز ٠ من 11 مهمة');
    expect(said(100)).to.equal('أُنجز ٠ من 100 مهمة');
    // On a card: the India roadmap's second stage has three items (the first, with its plan's, twelve).
    const el = await showTimeline(await freshRoadmap(), {locale: 'ar-EG', 'track-progress': ''});
    const card = parts(el, 'card')[1]!;
    expect(card.shadowRoot!.querySelector('[part~="progress"]')!.textContent).to.include('أُنجز ٠ من ٣ مهام');
    expect(part(el, 'progress')!.textContent).to.match(/أُنجز ٠ من [١-٩][٠-٩] مهمة/);
  });

  it('fr, es, pt: "done" agrees with the count done', async () => {
    const table = async (language: string): Promise<Words> => {
      await loadWords(language);
      return wordsFor(language);
    };
    const fr = await table('fr');
    expect(fr.progressDone('1', '9', {done: 1, total: 9})).to.equal('1 sur 9 terminé');
    expect(fr.progressDone('0', '9', {done: 0, total: 9})).to.equal('0 sur 9 terminé');
    expect(fr.progressDone('3', '9', {done: 3, total: 9})).to.equal('3 sur 9 terminés');
    const es = await table('es');
    expect(es.progressDone('1', '9', {done: 1, total: 9})).to.equal('1 de 9 completado');
    expect(es.progressDone('0', '9', {done: 0, total: 9})).to.equal('0 de 9 completados');
    const pt = await table('pt');
    expect(pt.progressDone('1', '9', {done: 1, total: 9})).to.equal('1 de 9 concluído');
    expect(pt.progressDone('0', '9', {done: 0, total: 9})).to.equal('0 de 9 concluídos');
  });
});

describe('word tables load lazily (the built embed)', () => {
  afterEach(closeFrames);

  const wordFiles = (win: Window) =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /roadmap-elements\.words-[a-z]+\.js$/.test(path));

  it('a page with an English roadmap fetches no word table', async () => {
    const {win, timeline} = await openRoadmap('/test/fixtures/words.html?locale=en-IN');
    expect(deepText(timeline)).to.include('Stage 1');
    expect(wordFiles(win)).to.deep.equal([]);
  });

  for (const language of ['ar', 'de', 'ta']) {
    it(`a page with a roadmap in ${language} fetches that table only, and shows its words`, async () => {
      const {win, timeline} = await openRoadmap(`/test/fixtures/words.html?locale=${language}`);
      await settled(timeline);
      expect(wordFiles(win)).to.deep.equal([`/dist/roadmap-elements.words-${language}.js`]);
      const card = timeline.shadowRoot!.querySelector('stage-card')!;
      expect(card.shadowRoot!.textContent).to.include(wordsFor(language).stage('1').replace('1', ''));
    });
  }

  it('the server-rendered page in Arabic hydrates with the Arabic table, fetched once, with no English word', async () => {
    const {win, doc} = await open('/test-api/ssr?file=/data/backend-developer-india-2026.json&locale=ar-EG');
    const timeline = doc.querySelector('roadmap-timeline')!;
    const before = timeline.shadowRoot!.querySelector('stage-card');
    const loaded = new Promise((resolve) => timeline.addEventListener('roadmap-load', resolve, {once: true}));
    const script = doc.createElement('script');
    script.src = '/dist/roadmap-elements.hydrate.iife.js';
    doc.body.append(script);
    await loaded;
    await settled(timeline);
    expect(wordFiles(win)).to.deep.equal(['/dist/roadmap-elements.words-ar.js']);
    // The server's nodes were taken over, not replaced, and still say Arabic words.
    expect(timeline.shadowRoot!.querySelector('stage-card')).to.equal(before);
    expect(before!.shadowRoot!.textContent).to.include('المرحلة ١');
    expect(timeline.shadowRoot!.textContent).not.to.match(/Stage|Open roles|Salary/);
  });
});
