/**
 * The style sheet of a printable page that Chromium prints to PDF (the mission report, the public
 * strategy): the type, measure, headings, tables, footer and A4 page they share, then the page's
 * own `rules` (which may refine a shared one, such as the title's margin) and, in print, its own
 * `printRules` (what must not break across pages).
 */
export function printStyleSheet(rules: string, printRules: string): string {
  return `
:root { color: #1d1d1f; font-family: 'Marianne', 'DejaVu Sans', Arial, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 48rem; padding: 2rem 1.5rem; }
h1 { font-size: 1.9rem; color: #8c1d18; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; padding-bottom: 0.2rem; border-bottom: 2px solid #b3261e; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; font-size: 0.92rem; }
th, td { border: 1px solid #c5c8cc; padding: 0.35rem 0.55rem; text-align: left; vertical-align: top; }
thead th { background: #f1f1ef; }
.footer { margin-top: 2.5rem; color: #555a60; font-size: 0.85rem; }
${rules.trim()}
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { max-width: none; padding: 0; }
  ${printRules.trim()}
}
`;
}
