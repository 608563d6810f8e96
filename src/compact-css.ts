/**
 * CSS without comments and layout whitespace; the spaces that carry meaning (between selectors, inside values)
 * stay. The embed's build applies it to every css`…` template (vite.config.ts), and server rendering to the
 * styles it writes into each declarative shadow root (node/render.ts).
 */
export const compactCss = (css: string): string =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
