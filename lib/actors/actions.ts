'use server';

import { workspaceAction } from '@/lib/auth/action';
import { ActorRef, ActorScoresInput, RelationInput, RelationRef, UpdateActorInput, ActorInput } from './schemas';
import { createActor, createRelation, deleteActor, deleteRelation, eraseContactData, exportContactData, updateActor, updateActorScores } from './queries';

export const createActorAction = workspaceAction('actors.create', ActorInput, 'actors.create', (ctx, input, tx) => createActor(tx, ctx, input));

export const updateActorAction = workspaceAction('actors.update', UpdateActorInput, 'actors.update', (ctx, input, tx) => updateActor(tx, ctx, input));

export const moveActorOnGridAction = workspaceAction('actors.move', ActorScoresInput, 'actors.update', (ctx, input, tx) => updateActorScores(tx, ctx, input));

export const deleteActorAction = workspaceAction('actors.delete', ActorRef, 'actors.delete', (ctx, input, tx) => deleteActor(tx, ctx, input));

export const exportContactDataAction = workspaceAction('actors.contact.export', ActorRef, 'actors.personalData', (ctx, input, tx) =>
  exportContactData(tx, ctx, input),
);

export const eraseContactDataAction = workspaceAction('actors.contact.erase', ActorRef, 'actors.personalData', (ctx, input, tx) =>
  eraseContactData(tx, ctx, input),
);

export const createRelationAction = workspaceAction('relations.create', RelationInput, 'relations.manage', (ctx, input, tx) => createRelation(tx, ctx, input));

export const deleteRelationAction = workspaceAction('relations.delete', RelationRef, 'relations.manage', (ctx, input, tx) => deleteRelation(tx, ctx, input));
