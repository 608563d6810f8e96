/**
 * What a reader actually sees: each text run's painted colour against whatever is painted behind it, found by
 * walking up the flat tree (through shadow roots) to the first opaque background.
 */
import {forEachReadableText} from './helpers.js';

type Rgba = [number, number, number, number];

/** `rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)`, `rgb(1 2 3 / 50%)` or `color(srgb 0.1 0.2 0.3)` as channels 0–255 and alpha 0–1. */
export function parseColor(color: string): Rgba {
  // What Chromium computes for color-mix(in srgb, …): channels 0–1.
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(color);
  if (srgb) return [...srgb.slice(1, 4).map((channel) => Number(channel) * 255), Number(srgb[4] ?? 1)] as Rgba;
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)/.exec(color);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  const alpha = match[4] === undefined ? 1 : Number(match[4]) / (match[5] ? 100 : 1);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** `top` painted over the opaque `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
};

function relativeLuminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The element's parent in the flat tree: its slot, its parent, or the host of its shadow root. */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof (element.ownerDocument.defaultView as typeof globalThis).ShadowRoot ? root.host : null;
}

/** The opaque colour painted behind `element`: its and its ancestors' backgrounds, down to the first opaque one. */
export function effectiveBackground(element: Element): Rgba {
  const view = element.ownerDocument.defaultView!;
  const layers: Rgba[] = [];
  for (let at: Element | null = element; at; at = flatParent(at)) {
    const color = parseColor(view.getComputedStyle(at).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] >= 1) break;
  }
  // The canvas behind an all-transparent chain is white.
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

export interface TextRun {
  text: string;
  element: Element;
  ratio: number;
  color: string;
  background: string;
}

/** Every rendered, visible text run under `root` (through shadow roots), with its contrast ratio. */
export function textRuns(root: Node): TextRun[] {
  const runs: TextRun[] = [];
  forEachReadableText(root, (node) => {
    if (!node.nodeValue?.trim()) return;
    const element = node.parentElement!;
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    // Skip what is not painted, and the 1 px "visually hidden" text meant for screen readers.
    if (box.width <= 1 || box.height <= 1) return;
    const style = element.ownerDocument.defaultView!.getComputedStyle(element);
    if (style.visibility !== 'visible' || Number(style.opacity) === 0) return;
    const background = effectiveBackground(element);
    const painted = over(parseColor(style.webkitTextFillColor || style.color), background);
    runs.push({
      text: node.nodeValue.trim(),
      element,
      ratio: contrastRatio(painted, background),
      color: style.webkitTextFillColor,
      background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
    });
  });
  return runs;
}

/** The runs under 4.5:1, described for a failure message. */
export const lowContrast = (runs: TextRun[], minimum = 4.5) =>
  runs
    .filter((run) => run.ratio < minimum)
    .map((run) => `"${run.text.slice(0, 40)}" ${run.color} on ${run.background}: ${run.ratio.toFixed(2)}:1`);
