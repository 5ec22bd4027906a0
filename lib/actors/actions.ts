'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { ActorRef, ActorScoresInput, RelationInput, RelationRef, UpdateActorInput, ActorInput } from './schemas';
import { createActor, createRelation, deleteActor, deleteRelation, eraseContactData, exportContactData, updateActor, updateActorScores } from './queries';

export const createActorAction = workspaceQueryAction('actors.create', ActorInput, 'actors.create', createActor);

export const updateActorAction = workspaceQueryAction('actors.update', UpdateActorInput, 'actors.update', updateActor);

export const moveActorOnGridAction = workspaceQueryAction('actors.move', ActorScoresInput, 'actors.update', updateActorScores);

export const deleteActorAction = workspaceQueryAction('actors.delete', ActorRef, 'actors.delete', deleteActor);

export const exportContactDataAction = workspaceQueryAction('actors.contact.export', ActorRef, 'actors.personalData', exportContactData);

export const eraseContactDataAction = workspaceQueryAction('actors.contact.erase', ActorRef, 'actors.personalData', eraseContactData);

export const createRelationAction = workspaceQueryAction('relations.create', RelationInput, 'relations.manage', createRelation);

export const deleteRelationAction = workspaceQueryAction('relations.delete', RelationRef, 'relations.manage', deleteRelation);
