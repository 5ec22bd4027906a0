/**
 * Run by graph-data.test.ts in its own Node process, on the same database file: answers the graph
 * as another worker of the server would (its own connection, its own memory) and prints the
 * positions it sends.
 */
import { db } from '@/db/client';
import type { MemberContext } from '@/lib/auth/member';
import { actorGraphJson } from './graph-data';

const ctx = JSON.parse(process.argv[2]!) as MemberContext;
const graph = JSON.parse(new TextDecoder().decode(actorGraphJson(db, ctx, {}).shared.body)) as { positions: number[] };
console.log(JSON.stringify(graph.positions));
