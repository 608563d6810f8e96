/** A source's line beside the figure it backs (see `format/source.ts`): its label is the source's link, if any. */
import {html} from 'lit';
import type {SourceNote} from '../format/source.js';

export const sourceLine = (note: SourceNote) =>
  // One inline run, whatever its container lays out.
  html`<span
    >${note.before}${
      note.href ? html`<a part="source-link" href=${note.href}>${note.label}</a>` : note.label
    }${note.after}</span
  >`;
