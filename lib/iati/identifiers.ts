/**
 * Identifiers of an IATI export. The reporting organisation is identified with the org-id.guide
 * list "FR-SIRET" (France, Répertoire SIRENE), which accepts the 9-digit SIREN of a legal unit as
 * well as a 14-digit SIRET: `FR-SIRET-<siren>`. An activity's identifier is that prefix followed
 * by the action's own id: `FR-SIRET-<siren>-<action id>` (IATI: "reporting org ref + '-' + a
 * string unique within the publisher"). docs/decisions/0028-iati-export-and-open-data.md.
 */

/** True for 9 digits whose Luhn checksum is right (as the INSEE checks a SIREN). */
export function isSiren(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(value[8 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * An official geographic code of the INSEE COG: a commune (5 characters, Corsica 2A/2B), a
 * département (2 or 3 characters: 01–95, 2A, 2B, 971–976) or a région (2 digits).
 */
export function isGeoCode(value: string): boolean {
  return /^(\d{5}|2[AB]\d{3}|\d{2}|2[AB]|97[1-6])$/.test(value);
}

export const orgRef = (siren: string) => `FR-SIRET-${siren}`;
export const activityIdentifier = (siren: string, actionId: string) => `${orgRef(siren)}-${actionId}`;
