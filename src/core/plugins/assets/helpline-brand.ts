/**
 * Helpline's marks for the API reference at `/docs`. Kept as strings in a module, not as `.svg` files, because the
 * TypeScript build copies only what it compiles: a module is found the same way from `src/` and from `dist/`.
 */

const BUBBLE =
  '<path d="M6 4h26a4 4 0 0 1 4 4v15a4 4 0 0 1-4 4H17l-8 7v-7H6a4 4 0 0 1-4-4V8a4 4 0 0 1 4-4z" fill="#2f9e77"/>' +
  '<path d="M10 11h18M10 16h18M10 21h11" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/>';

/** The wordmark in the reference's top bar (light on its dark background). */
export const HELPLINE_WORDMARK_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40" role="img" ' +
  'aria-label="Helpline">' +
  BUBBLE +
  '<text x="44" y="27" fill="#fff" font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif" ' +
  'font-size="22" font-weight="700">Helpline</text></svg>';

/** The favicon: the speech bubble alone. */
export const HELPLINE_ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="38" height="38" viewBox="0 0 38 38">' + BUBBLE + '</svg>';
