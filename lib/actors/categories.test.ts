import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { ACTOR_CATEGORIES, familyOf, isPartnerFamily } from '@/db/schema/actors';
import frMessages from '@/messages/fr.json';
import enMessages from '@/messages/en.json';
import { makeWorkspace } from '@/lib/test/fixtures';
import { listLinkableActors } from '@/lib/external-actions/queries';
import { insertActor, summarizeActors } from './queries';
import { ActorInput } from './schemas';

describe('actors outside the territory but in France', () => {
  it('other French authorities, their networks, State services and operators form their own family', () => {
    for (const c of ['french_authority', 'authority_association', 'state_service', 'state_operator'] as const) expect(familyOf(c)).toBe('national');
    for (const c of ['local_syndicat', 'twinning_committee'] as const) expect(familyOf(c)).toBe('territorial');
    for (const c of ['partner_ngo', 'partner_agency', 'partner_mayors_association', 'partner_institution'] as const) expect(familyOf(c)).toBe('external');
    expect(isPartnerFamily('national')).toBe(true);
    expect(isPartnerFamily('territorial')).toBe(false);
  });

  it('every family and category has a French and an English label', () => {
    for (const [family, categories] of Object.entries(ACTOR_CATEGORIES)) {
      for (const m of [frMessages, enMessages]) {
        expect((m.actors.families as Record<string, string>)[family]).toBeTruthy();
        expect((m.actors.family as Record<string, string>)[family]).toBeTruthy();
        for (const c of categories) expect((m.actors.categories as Record<string, string>)[c], c).toBeTruthy();
      }
    }
  });

  it("are not counted as the territory's actors, and are offered as an action's partners without their country", () => {
    const ws = makeWorkspace('alpha');
    const ctx = ws.ctx('editor');
    const add = (name: string, category: ActorInput['category'], country: string) =>
      db.transaction((tx) => insertActor(tx, ctx, ActorInput.parse({ name, category, country })));
    add('Département voisin', 'french_authority', 'FR');
    add('Préfecture de région', 'state_service', 'FR');
    add('Commune de Ndiaffate', 'partner_authority', 'SN');
    add('Lycée Jean-Moulin', 'school', 'FR');
    const summary = db.transaction((tx) => summarizeActors(tx, ctx));
    expect(Object.fromEntries(summary.byFamily.map((f) => [f.key, f.n]))).toEqual({ territorial: 1, national: 2, external: 1 });
    const linkable = db.transaction((tx) => listLinkableActors(tx, ctx));
    expect(linkable.partners.map((p) => [p.name, p.country])).toEqual([
      ['Commune de Ndiaffate', 'SN'],
      ['Département voisin', null],
      ['Préfecture de région', null],
    ]);
    expect(linkable.territorial.map((p) => p.name)).toEqual(['Lycée Jean-Moulin']);
  });
});
