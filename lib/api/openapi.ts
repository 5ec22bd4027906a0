import 'server-only';
import { z } from 'zod';
import { ENDPOINTS, type ApiEndpoint } from './endpoints';

const ERROR = { type: 'object', properties: { error: { type: 'string' }, reason: { type: 'string' } }, required: ['error'] } as const;

function schemaOf(type: z.ZodType, io: 'input' | 'output') {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(type, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return schema;
}

export function queryParameters(def: ApiEndpoint) {
  return Object.entries(def.query.shape).map(([name, type]) => {
    const schema = schemaOf(type as z.ZodType, 'input');
    const { description, ...rest } = schema;
    return { name, in: 'query' as const, required: false, ...(description ? { description: String(description) } : {}), schema: rest };
  });
}

const ITEM_NAMES: Record<string, string> = { actors: 'Actor', relations: 'Relation', actions: 'Action', axes: 'Axis', indicators: 'Indicator' };

function itemName(def: ApiEndpoint) {
  return ITEM_NAMES[def.resource] ?? def.resource;
}

/** The OpenAPI 3.1 document of the read-only API, generated from the endpoints' zod schemas. */
export function openApiDocument() {
  const schemas: Record<string, unknown> = { Error: ERROR };
  const paths: Record<string, unknown> = {};
  for (const def of ENDPOINTS) {
    const name = itemName(def);
    schemas[name] = schemaOf(def.item, 'output');
    paths[`/api/v1/workspaces/{workspace}/${def.resource}`] = {
      get: {
        operationId: `list${def.resource.charAt(0).toUpperCase()}${def.resource.slice(1)}`,
        summary: def.summary,
        tags: [def.resource],
        parameters: [
          { name: 'workspace', in: 'path', required: true, description: 'The workspace slug (the token’s own workspace).', schema: { type: 'string' } },
          ...queryParameters(def),
        ],
        responses: {
          '200': {
            description: 'One page of items.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: { type: 'array', items: { $ref: `#/components/schemas/${name}` } },
                    page: { type: 'integer' },
                    limit: { type: 'integer' },
                    total: { type: 'integer' },
                    nextPage: { type: ['integer', 'null'] },
                  },
                  required: ['data', 'page', 'limit', 'total', 'nextPage'],
                },
              },
            },
          },
          '400': { description: 'Invalid query parameters.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          '401': {
            description: 'Missing, malformed, unknown, expired or revoked token.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
          '404': { description: 'The workspace is not the token’s own.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          '429': {
            description: 'Too many requests for this token; see Retry-After.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Fil rouge read-only API',
      version: '1.0.0',
      description: 'Read-only access to one workspace with a personal access token created by an admin of that workspace.',
    },
    servers: [{ url: '/' }],
    security: [{ bearerAuth: [] }],
    paths,
    components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } }, schemas },
  };
}
