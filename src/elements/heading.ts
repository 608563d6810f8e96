import {html, type TemplateResult} from 'lit';

/** A heading level from an attribute: a whole number 1–6, else `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/**
 * A real `<h1>`–`<h6>` at a level chosen at run time, so the roadmap fits the host page's outline.
 * Levels past 6 stay at 6.
 */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  switch (Math.min(level, 6)) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}
