// A real-looking actors list as an international-relations office keeps it (issue 17): semicolons,
// free-text types, French and English country names, no codes. Used by the Vitest import tests and
// the end-to-end import. No imports: Playwright reads it too.

export const OFFICE_HEADER = ['Nom', "Type d'acteur", 'Pays', 'Ville', 'Liens internationaux'];

/** 25 rows: French authorities and partners in Senegal, Armenia, Mali, Burkina Faso, Germany, Canada, Spain, Italy. */
export function officeRows(suffix = ''): string[][] {
  const n = (name: string) => (suffix ? `${name} ${suffix}` : name);
  return [
    [n('Commune de Saint-Argence'), 'Collectivité territoriale', 'France', 'Saint-Argence', 'Jumelage avec Ndiaffate'],
    [n('Département du Haut-Verdon'), 'Collectivité territoriale', 'France', 'Digne', 'Consortium Arménie'],
    [n('Région Sud-Est'), 'Collectivité française', 'France', 'Lyon', 'Programme Sahel'],
    [n('Communauté de communes du Val'), 'Intercommunalité', 'France', 'Argence', 'Coopération eau'],
    [n('Cités Unies France'), 'Réseau', 'France', 'Paris', 'Groupe-pays Sénégal'],
    [n('Préfecture de région'), 'Etat', 'France', 'Lyon', 'Déclaration annuelle'],
    [n('Agence française de développement'), 'Bailleur', 'France', 'Paris', 'FICOL'],
    [n("Comité de jumelage d'Argence"), 'Comité de jumelage', 'France', 'Argence', 'Jumelage Kaolack'],
    [n('Association Argence-Sahel'), 'Association', 'France', 'Argence', 'Santé maternelle'],
    [n('Lycée Jean-Moulin'), 'Établissement scolaire', 'France', 'Argence', 'Erasmus+'],
    [n('Syndicat des eaux du Val'), 'Syndicat', 'France', 'Argence', 'Solidarité eau'],
    [n('Commune de Ndiaffate'), 'Collectivité partenaire', 'Sénégal', 'Ndiaffate', 'Jumelage'],
    [n('Conseil départemental de Kaolack'), 'Collectivité territoriale', 'Sénégal', 'Kaolack', 'Coopération'],
    [n('ONG Jappo'), 'ONG', 'Sénégal', 'Kaolack', 'Partenaire local'],
    [n('Association des maires du Sénégal'), 'Association de maires', 'Sénégal', 'Dakar', ''],
    [n('Communauté de Goris'), 'Collectivité partenaire', 'Arménie', 'Goris', 'Coopération'],
    [n('Fondation Hayastan'), 'Bailleur', 'Arménie', 'Erevan', ''],
    [n('Cercle de Kayes'), 'Collectivité territoriale', 'Mali', 'Kayes', ''],
    [n("Agence nationale d'investissement des collectivités"), 'Agence', 'Mali', 'Bamako', 'ANICT'],
    [n('Commune de Tamboura'), 'Collectivité partenaire', 'Burkina Faso', 'Tamboura', 'Coopération suspendue en 2023'],
    [n('Landkreis Lindenau'), 'Collectivité partenaire', 'Allemagne', 'Lindenau', 'Jumelage'],
    [n('Ville de Sherbrooke'), 'Collectivité partenaire', 'Canada', 'Sherbrooke', 'Jeunesse'],
    [n('Ayuntamiento de Huesca'), 'Collectivité partenaire', 'Espagne', 'Huesca', ''],
    [n('Comune di Lucca'), 'Collectivité partenaire', 'Italie', 'Lucca', ''],
    [n('Programme Interreg Europe'), 'Bailleur UE', '', 'Bruxelles', ''],
  ];
}

/** A semicolon CSV text, CRLF, as Excel writes it in France. */
export function officeCsvText(rows: string[][], header = OFFICE_HEADER): string {
  const cell = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  œ: 0x9c,
  Œ: 0x8c,
  Ÿ: 0x9f,
};

/** The bytes of a text in Windows-1252, as Excel saves a CSV in France; throws on a character it cannot hold. */
export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let i = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out[i++] = code;
    else if (ch in CP1252_EXTRA) out[i++] = CP1252_EXTRA[ch]!;
    else throw new Error(`not in Windows-1252: ${ch}`);
  }
  return out.subarray(0, i);
}

/** The three encodings offices save CSV files in. */
export function encodeCsv(text: string, encoding: 'utf8' | 'utf8-bom' | 'cp1252'): Uint8Array {
  if (encoding === 'cp1252') return encodeWindows1252(text);
  const utf8 = new TextEncoder().encode(text);
  if (encoding === 'utf8') return utf8;
  const out = new Uint8Array(utf8.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(utf8, 3);
  return out;
}
