'use server';

import { queryAction } from '@/lib/auth/query-action';
import { ActorRef, ActorScoresInput, RelationInput, RelationRef, UpdateActorInput, ActorInput } from './schemas';
import { createActor, createRelation, deleteActor, deleteRelation, eraseContactData, exportContactData, updateActor, updateActorScores } from './queries';

export const createActorAction = queryAction('actors.create', ActorInput, 'actors.create', createActor);

export const updateActorAction = queryAction('actors.update', UpdateActorInput, 'actors.update', updateActor);

export const moveActorOnGridAction = queryAction('actors.move', ActorScoresInput, 'actors.update', updateActorScores);

export const deleteActorAction = queryAction('actors.delete', ActorRef, 'actors.delete', deleteActor);

export const exportContactDataAction = queryAction('actors.contact.export', ActorRef, 'actors.personalData', exportContactData);

export const eraseContactDataAction = queryAction('actors.contact.erase', ActorRef, 'actors.personalData', eraseContactData);

export const createRelationAction = queryAction('relations.create', RelationInput, 'relations.manage', createRelation);

export const deleteRelationAction = queryAction('relations.delete', RelationRef, 'relations.manage', deleteRelation);
