/**
 * The playground page (demo/playground.html, on the built classic script): located errors, live preview,
 * switches, and embed code that renders the same roadmap on a blank page.
 */
import {expect} from '@open-wc/testing';
import {deepText, sleep, settled} from './helpers.js';

interface Playground {
  win: Window & typeof globalThis;
  doc: Document;
  editor: HTMLTextAreaElement;
  preview: HTMLElement;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

async function until<T>(check: () => T | undefined | null | false, what: string, ms = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

async function frame(attributes: Record<string, string>): Promise<HTMLIFrameElement> {
  const element = document.createElement('iframe');
  element.setAttribute('style', 'width: 1200px; height: 900px; border: 0');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const loaded = new Promise((resolve) => element.addEventListener('load', resolve, {once: true}));
  frames.push(element);
  document.body.append(element);
  await loaded;
  return element;
}

async function openPlayground(src = '/demo/playground.html'): Promise<Playground> {
  const element = await frame({src});
  const win = element.contentWindow as Window & typeof globalThis;
  const doc = element.contentDocument!;
  await until(() => 'ready' in doc.documentElement.dataset, 'the playground');
  const preview = doc.getElementById('preview')!;
  await until(() => preview.shadowRoot?.querySelector('stage-card'), 'the first preview');
  await settled(preview);
  return {win, doc, editor: doc.getElementById('json') as HTMLTextAreaElement, preview};
}

/** Types `text` into the editor the way a person's edit arrives: an input event. */
function type({editor, win}: Playground, text: string) {
  editor.value = text;
  editor.dispatchEvent(new win.Event('input', {bubbles: true}));
}

const status = ({doc}: Playground) => doc.getElementById('status')!.textContent ?? '';
const issueLines = ({doc}: Playground) =>
  [...doc.querySelectorAll('#issues li')].map((item) => item.textContent!.trim());

describe('playground', () => {
  it('shows a JSON syntax error with its line and column, and keeps the last good preview', async () => {
    const page = await openPlayground();
    const before = deepText(page.preview);
    type(page, '{\n  "version": 1,\n  "id": "x",\n}');
    await until(() => status(page).includes('problem'), 'the error');
    expect(issueLines(page)).to.have.length(1);
    expect(issueLines(page)[0]).to.match(/^Line 4, column 1: The roadmap is not valid JSON: .*trailing comma/);
    expect(deepText(page.preview)).to.equal(before);
    // The preview is greyed and framed, and says it is the last valid version.
    const note = page.doc.getElementById('stale-note')!;
    expect(note.checkVisibility()).to.equal(true);
    expect(note.textContent).to.include('last valid version');
    expect(page.win.getComputedStyle(page.preview).filter).to.equal('grayscale(1)');
    // The error is a button that takes the caret there.
    page.doc.querySelector<HTMLButtonElement>('#issues button')!.click();
    expect(page.editor.selectionStart).to.equal(page.editor.value.indexOf('}'));
  });

  it('locates schema problems by path, line and column', async () => {
    const page = await openPlayground();
    const roadmap = JSON.parse(page.editor.value);
    roadmap.stages[1].salary.max = 1;
    roadmap.stages[2].title = '';
    const text = JSON.stringify(roadmap, null, 2);
    type(page, text);
    await until(() => status(page).includes('2 problems'), 'the errors');
    const lines = text.split('\n');
    const maxLine = lines.findIndex((line) => /^"max": 1,?$/.test(line.trim())) + 1;
    const maxColumn = lines[maxLine - 1]!.indexOf(': 1') + 3;
    expect(issueLines(page)).to.include(
      `Line ${maxLine}, column ${maxColumn}: stages[1].salary.max: must be ≥ min (500000)`,
    );
    expect(issueLines(page).some((line) => line.includes('stages[2].title: must not be empty'))).to.equal(true);
  });

  it('updates the preview from valid JSON, and follows the switches', async () => {
    const page = await openPlayground();
    const roadmap = JSON.parse(page.editor.value);
    roadmap.title = 'A roadmap edited in the playground';
    roadmap.stages = roadmap.stages.slice(0, 2);
    type(page, JSON.stringify(roadmap, null, 2));
    await until(() => deepText(page.preview).includes('A roadmap edited in the playground'), 'the new preview');
    await settled(page.preview);
    expect(status(page)).to.equal('Valid roadmap: 2 stages.');
    expect(page.doc.getElementById('stale-note')!.checkVisibility()).to.equal(false);
    expect(page.win.getComputedStyle(page.preview).filter).to.equal('none');
    expect(page.preview.shadowRoot!.querySelectorAll('stage-card').length).to.equal(2);

    const choose = (id: string, value: string) => {
      const select = page.doc.getElementById(id) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new page.win.Event('change'));
    };
    choose('theme', 'dark');
    choose('layout', 'vertical');
    choose('locale', 'hi-IN');
    await settled(page.preview);
    expect(page.preview.getAttribute('theme')).to.equal('dark');
    expect(page.preview.getAttribute('layout')).to.equal('vertical');
    expect(deepText(page.preview)).to.include('चरण 1');
    const embed = (page.doc.getElementById('embed') as HTMLTextAreaElement).value;
    expect(embed).to.include('<roadmap-timeline theme="dark" locale="hi-IN" layout="vertical">');
  });

  it('copies embed code that renders the same roadmap on a blank page', async () => {
    const page = await openPlayground();
    const roadmap = JSON.parse(page.editor.value);
    // Text that would end the script element early if the snippet did not escape it.
    roadmap.stages[0].title = 'Foundations </script><script>document.title = "broken"</script> <!-- ok';
    type(page, JSON.stringify(roadmap, null, 2));
    await until(() => deepText(page.preview).includes('Foundations </script>'), 'the edited preview');
    const select = page.doc.getElementById('locale') as HTMLSelectElement;
    select.value = 'hi-IN';
    select.dispatchEvent(new page.win.Event('change'));
    await settled(page.preview);

    page.doc.getElementById('copy')!.click();
    await until(() => page.doc.getElementById('copied')!.textContent, 'the copy message');
    const snippet = (page.doc.getElementById('embed') as HTMLTextAreaElement).value;
    expect(snippet).to.match(
      /^<script src="http:\/\/[^"]+\/dist\/roadmap-elements\.iife\.js"><\/script>\n<roadmap-timeline locale="hi-IN">/,
    );
    expect(snippet).not.to.match(/<\/script><script>document/);

    const blank = await frame({srcdoc: `<!doctype html><meta charset="utf-8"><title>blank</title>${snippet}`});
    const doc = blank.contentDocument!;
    const copy = await until(
      () =>
        doc.querySelector('roadmap-timeline')?.shadowRoot?.querySelector('stage-card') &&
        doc.querySelector('roadmap-timeline')!,
      'the pasted roadmap',
    );
    await settled(copy);
    expect(doc.title).to.equal('blank');
    expect(deepText(copy)).to.equal(deepText(page.preview));
    expect(deepText(copy)).to.include('Foundations </script><script>document.title = "broken"</script> <!-- ok');
  });

  it('works under a strict Content-Security-Policy, with no violation', async () => {
    const page = await openPlayground('/test-api/csp-demo/playground');
    const roadmap = JSON.parse(page.editor.value);
    roadmap.title = 'Edited under CSP';
    type(page, JSON.stringify(roadmap));
    await until(() => deepText(page.preview).includes('Edited under CSP'), 'the new preview');
    type(page, '{');
    await until(() => status(page).includes('problem'), 'the error');
    page.doc.getElementById('copy')!.click();
    await until(() => page.doc.getElementById('copied')!.textContent, 'the copy message');
    const events = (page.win as unknown as {pageEvents: {errors: string[]; violations: string[]}}).pageEvents;
    expect(events.violations).to.deep.equal([]);
    expect(events.errors).to.deep.equal([]);
  });

  it('is accessible: labelled controls, announced status, no axe violations', async () => {
    const page = await openPlayground();
    type(page, '{"version": 1,}');
    await until(() => status(page).includes('problem'), 'the error');
    // axe runs inside the page's own window (it cannot audit another document).
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    page.doc.head.append(script);
    await loaded;
    type Axe = {run: (context: Element) => Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>};
    const {violations} = await (page.win as unknown as {axe: Axe}).axe.run(page.doc.querySelector('main')!);
    expect(
      violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).to.deep.equal([]);
    expect(page.doc.getElementById('status')!.getAttribute('role')).to.equal('status');
    expect(page.editor.getAttribute('aria-describedby')).to.equal('status');
  });
});
