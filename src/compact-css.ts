/**
 * CSS without comments and layout whitespace, in shorter spellings that mean the same: `.5em` for `0.5em`,
 * `[part=title]` for `[part='title']`, no `;` before `}`. The spaces that carry meaning (between selectors,
 * inside values, around `+` and `-` in calc()) stay, and quoted strings are left exactly as written. The embed's
 * build applies it to every css`…` template (vite.config.ts), and server rendering to the styles it writes into
 * each declarative shadow root (node/render.ts).
 */
export const compactCss = (css: string): string => {
  // Odd pieces are quoted strings; a comment goes first, as it may hold a quote.
  const pieces = css.replace(/\/\*[\s\S]*?\*\//g, '').split(/('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/);
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (i % 2) {
      // An attribute selector's value that is an identifier needs no quotes.
      const bare = piece.slice(1, -1);
      const unquote =
        /\[\s*[\w-]+\s*[~|^$*]?=\s*$/.test(out) && /^\s*\]/.test(pieces[i + 1]!) && /^[a-z_][\w-]*$/i.test(bare);
      out += unquote ? bare : piece;
      continue;
    }
    out += piece
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>/])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/\s+!important/g, '!important')
      .replace(/(^|[\s:,(])(-?)0+\.(?=\d)/g, '$1$2.')
      .replace(/;}/g, '}');
  }
  return out.trim();
};
