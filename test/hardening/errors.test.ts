/**
 * Errors that help: for every kind of failure the reader sees one short, friendly sentence; the publisher gets the
 * located details in `roadmap-error`, behind "Details", and in exactly one console warning, never a flood.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/define.js';
import type {RoadmapInput, RoadmapTimeline} from '../../src/index.js';
import {formatIssue} from '../../src/schema/issues.js';
import {LIMITS} from '../../src/schema/limits.js';
import {indiaRoadmap, part, record, settled, sleep, type ErrorEvent} from '../helpers.js';

const FRIENDLY = 'This roadmap could not be shown.';

/** Console output while `run` runs. */
async function consoleDuring(run: () => Promise<void>): Promise<{warn: string[]; error: string[]}> {
  const original = {warn: console.warn, error: console.error};
  const heard = {warn: [] as string[], error: [] as string[]};
  console.warn = (...args: unknown[]) => heard.warn.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => heard.error.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    Object.assign(console, original);
  }
  return heard;
}

/** A roadmap with `count` stages whose salary max is below its min: `count` located issues. */
async function manyProblems(count: number): Promise<RoadmapInput> {
  const roadmap = await indiaRoadmap();
  roadmap.stages = Array.from({length: count}, (_, i) => ({title: `Stage ${i}`, salary: {min: 10, max: 1}}));
  return roadmap;
}

interface Failure {
  name: string;
  /** Starts the failure on a connected timeline. */
  cause: (el: RoadmapTimeline) => Promise<void> | void;
  /** What the first located issue says (path or message). */
  says: RegExp;
}

const FAILURES: Failure[] = [
  {
    name: 'JSON text that does not parse',
    cause: (el) => el.setAttribute('roadmap', '{"version": 1,'),
    says: /not valid JSON/,
  },
  {
    name: 'a schema violation',
    cause: async (el) => {
      const roadmap = await indiaRoadmap();
      roadmap.stages[2]!.salary = {min: 1100000, max: 1000};
      el.roadmap = roadmap;
    },
    says: /^stages\[2\]\.salary\.max: must be ≥ min/,
  },
  {name: 'HTTP 404', cause: (el) => void (el.src = '/test-api/status/404'), says: /HTTP 404/},
  {name: 'an HTML page instead of JSON', cause: (el) => void (el.src = '/test-api/html'), says: /HTML page/},
  {name: 'a broken connection', cause: (el) => void (el.src = '/test-api/broken'), says: /network request failed/},
  {
    name: 'a timeout',
    cause: (el) => {
      el.timeout = 200;
      el.src = '/test-api/delay?ms=3000';
    },
    says: /within 0\.2 s/,
  },
  {name: 'a response over 2 MB', cause: (el) => void (el.src = '/test-api/large'), says: /too large/},
];

describe('errors that help', () => {
  for (const failure of FAILURES) {
    describe(failure.name, () => {
      let el: RoadmapTimeline;
      let events: ErrorEvent[];
      let heard: {warn: string[]; error: string[]};
      before(async () => {
        el = document.body.appendChild(document.createElement('roadmap-timeline'));
        const errors = record<ErrorEvent>(el, 'roadmap-error');
        heard = await consoleDuring(async () => {
          const failed = oneEvent(el, 'roadmap-error');
          await failure.cause(el);
          await failed;
          await settled(el);
          // Re-renders and a little time must not add anything.
          el.requestUpdate();
          await settled(el);
          await sleep(100);
        });
        errors.stop();
        events = errors.events;
      });
      after(() => el.remove());

      it('the reader sees one short, friendly sentence, with the details folded away', () => {
        const box = part(el, 'error')!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(box.innerText.replace(/\s+/g, ' ').trim()).to.equal(`${FRIENDLY} Details`);
        expect(box.querySelector('details')!.open).to.equal(false);
      });

      it('"Details" lists the located issues', () => {
        const items = [...part(el, 'error')!.querySelectorAll('details li')].map((li) => li.textContent!.trim());
        expect(items).to.deep.equal(events[0]!.detail.issues.map(formatIssue));
        expect(items[0]).to.match(failure.says);
      });

      it('the publisher gets one roadmap-error with the located issues', () => {
        expect(events).to.have.length(1);
        const {message, issues} = events[0]!.detail;
        expect(formatIssue(issues[0]!)).to.match(failure.says);
        expect(message).to.equal(formatIssue(issues[0]!));
      });

      it('and exactly one console warning that says the same, and no console error', () => {
        expect(heard.warn).to.have.length(1);
        expect(heard.warn[0]).to.match(/^<roadmap-timeline> /);
        expect(heard.warn[0]!.slice('<roadmap-timeline> '.length)).to.match(failure.says);
        expect(heard.error).to.deep.equal([]);
      });
    });
  }

  describe('a roadmap with 300 problems', () => {
    let el: RoadmapTimeline;
    let event: ErrorEvent;
    let heard: {warn: string[]; error: string[]};
    before(async () => {
      const roadmap = await manyProblems(300);
      heard = await consoleDuring(async () => {
        el = document.body.appendChild(document.createElement('roadmap-timeline'));
        const failed = oneEvent(el, 'roadmap-error');
        el.roadmap = roadmap;
        event = await failed;
        await settled(el);
      });
    });
    after(() => el.remove());

    it(`reports the first ${LIMITS.maxIssues} and counts the rest`, () => {
      const {issues, message} = event.detail;
      expect(issues).to.have.length(LIMITS.maxIssues + 1);
      expect(issues.at(-1)!.message).to.equal(`…and ${300 - LIMITS.maxIssues} more problems`);
      expect(message).to.equal(`stages[0].salary.max: must be ≥ min (10) (and ${LIMITS.maxIssues} more)`);
    });

    it('in one console warning, one located issue a line', () => {
      expect(heard.warn).to.have.length(1);
      const lines = heard.warn[0]!.split('\n');
      expect(lines).to.have.length(LIMITS.maxIssues + 1);
      expect(lines[0]).to.equal('<roadmap-timeline> stages[0].salary.max: must be ≥ min (10)');
      expect(lines[1]!.trim()).to.equal('stages[1].salary.max: must be ≥ min (10)');
    });

    it('while the reader still sees one sentence', () => {
      expect(part(el, 'error')!.innerText.replace(/\s+/g, ' ').trim()).to.equal(`${FRIENDLY} Details`);
    });
  });

  it('a failure over a shown roadmap says so in the same short sentence', async () => {
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline></roadmap-timeline>`);
    el.roadmap = await indiaRoadmap();
    await settled(el);
    await consoleDuring(async () => {
      const failed = oneEvent(el, 'roadmap-error');
      el.roadmap = '[]';
      await failed;
      await settled(el);
    });
    expect(part(el, 'error')!.innerText.replace(/\s+/g, ' ').trim()).to.equal(
      `${FRIENDLY} Still showing the previous version. Details`,
    );
  });

  it('a good roadmap given while the words of an earlier failure load wins, whatever the timing', async () => {
    const good = await indiaRoadmap();
    // The failure's words arrive a few microtasks after its update: give the good roadmap at each point around it.
    for (let ticks = 0; ticks <= 8; ticks++) {
      const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline></roadmap-timeline>`);
      await consoleDuring(async () => {
        el.roadmap = '{"version": 1';
        for (let tick = 0; tick < ticks; tick++) await null;
        el.roadmap = structuredClone(good);
        await settled(el);
        await sleep(20);
      });
      expect(part(el, 'error'), `good roadmap ${ticks} microtasks after the failure`).to.equal(null);
      expect(part(el, 'title')!.textContent).to.include('Backend Developer roadmap');
    }
  });
});
