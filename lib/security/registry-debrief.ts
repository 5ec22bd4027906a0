import { collabDocuments, teamDocument } from './registry-model';
import type { CollabEntry } from './registry-model';

/**
 * The live free text of a mission's debrief (`debrief:<missionId>`, lib/collab/debrief-access.ts):
 * whoever writes the debrief writes it (managers, and the contributor it is assigned to); anyone
 * else who may read the mission reads it (a partner only a mission of their own partnership).
 */
export const DEBRIEF_COLLAB_DOCUMENTS: CollabEntry[] = [
  collabDocuments('debrief', 'debriefDocumentName', [
    {
      label: "debrief of a mission of the partner's partnership, assigned to the contributor",
      name: (d) => `debrief:${d.mission}`,
      outcomes: teamDocument({ contributor: 'read-write', partner: 'read-only' }),
    },
  ]),
];
