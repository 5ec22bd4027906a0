import { describe, expect, it } from 'vitest';
import { actionQuery, parseActionFilter } from '@/lib/external-actions/search-params';
import { missionQuery, parseMissionFilter } from '@/lib/missions/search-params';

describe('filters in the URL', () => {
  it('reads the first of repeated values, and falls back to the defaults on an invalid one', () => {
    const defaults = parseActionFilter({});
    expect(parseActionFilter({ q: ['eau', 'assainissement'] })).toEqual({ ...defaults, q: 'eau' });
    expect(parseActionFilter({ status: 'nonsense' })).toEqual(defaults);
    expect(parseMissionFilter({ status: 'nonsense' })).toEqual(parseMissionFilter({}));
  });

  it('writes only the filter keys and the non-empty extras, or nothing', () => {
    expect(actionQuery({ q: 'eau', status: 'running' }, { page: 2, sort: '', view: undefined })).toBe('?q=eau&status=running&page=2');
    expect(actionQuery({})).toBe('');
    expect(missionQuery({}, { page: 3 })).toBe('?page=3');
  });
});
