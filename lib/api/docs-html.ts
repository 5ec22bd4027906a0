import 'server-only';
import { z } from 'zod';
import { ENDPOINTS } from './endpoints';
import { queryParameters } from './openapi';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  description?: string;
  anyOf?: JsonSchema[];
};

function typeOf(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' | ');
  if (schema.enum) return schema.enum.map(String).join(' | ');
  const type = [schema.type ?? 'any'].flat().join(' | ');
  const range = schema.minimum !== undefined || schema.maximum !== undefined ? ` (${schema.minimum ?? ''}–${schema.maximum ?? ''})` : '';
  const items = schema.type === 'array' && schema.items ? ` of ${typeOf(schema.items)}` : '';
  const fallback = schema.default !== undefined ? `, default ${String(schema.default)}` : '';
  return type + items + range + fallback;
}

/**
 * The API reference as one server-rendered HTML page, from the same zod schemas as the OpenAPI
 * document: no script, no style sheet or font fetched from anywhere.
 */
export function renderApiDocs(t: (key: string) => string, lang: string): string {
  const sections = ENDPOINTS.map((def) => {
    const path = `/api/v1/workspaces/{workspace}/${def.resource}`;
    const params = queryParameters(def)
      .map(
        (p) =>
          `<tr><th scope="row"><code>${escape(p.name)}</code></th><td>${escape(typeOf(p.schema as JsonSchema))}</td><td>${escape(p.description ?? '')}</td></tr>`,
      )
      .join('');
    const item = z.toJSONSchema(def.item, { io: 'output', unrepresentable: 'any' }) as { properties: Record<string, JsonSchema> };
    const fields = Object.entries(item.properties)
      .map(
        ([name, schema]) =>
          `<tr><th scope="row"><code>${escape(name)}</code></th><td>${escape(typeOf(schema))}</td><td>${escape(schema.description ?? '')}</td></tr>`,
      )
      .join('');
    return `<section aria-labelledby="ep-${def.resource}">
<h3 id="ep-${def.resource}"><code>GET ${escape(path)}</code></h3>
<p>${escape(def.summary)}</p>
<table><caption>${escape(t('parameters'))}</caption><thead><tr><th scope="col">${escape(t('parameter'))}</th><th scope="col">${escape(t('type'))}</th><th scope="col">${escape(t('description'))}</th></tr></thead><tbody>${params}</tbody></table>
<table><caption>${escape(t('item'))}</caption><thead><tr><th scope="col">${escape(t('field'))}</th><th scope="col">${escape(t('type'))}</th><th scope="col">${escape(t('description'))}</th></tr></thead><tbody>${fields}</tbody></table>
</section>`;
  }).join('\n');
  return `<!doctype html>
<html lang="${escape(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t('title'))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:left;vertical-align:top}caption{text-align:left;font-weight:bold}code{font-size:.95em}a{color:#0b57d0}</style>
</head>
<body><main>
<h1>${escape(t('title'))}</h1>
<p>${escape(t('intro'))}</p>
<p>${escape(t('response'))}</p>
<p><a href="/api/v1/openapi.json">OpenAPI 3.1 (JSON)</a></p>
<h2>${escape(t('endpoints'))}</h2>
${sections}
</main></body></html>`;
}
