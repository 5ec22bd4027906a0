import { describe, expect, it } from 'vitest';
import { createFormatter } from 'next-intl';
import { dayInstant, formatDay, formatMoment, formatMonth } from './dates';

const fr = createFormatter({ locale: 'fr', timeZone: 'Europe/Paris' });
const en = createFormatter({ locale: 'en', timeZone: 'America/Los_Angeles' });

describe('dates', () => {
  it('writes a calendar day the same in every zone and with or without next-intl', () => {
    expect(formatDay(fr, '2026-03-01', 'long')).toBe('1 mars 2026');
    // Midnight UTC is the day before in Los Angeles: the day must not move.
    expect(formatDay(en, '2026-03-01', 'long')).toBe('March 1, 2026');
    expect(formatDay('fr', '2026-03-01', 'long')).toBe(formatDay(fr, '2026-03-01', 'long'));
    expect(formatDay('en', '2026-12-31')).toBe('Dec 31, 2026');
    expect(formatMonth('fr', '2026-03-31')).toBe('mars 2026');
    expect(dayInstant('2026-03-01').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('writes a moment in the installation zone, with or without its time', () => {
    const moment = new Date('2026-03-01T23:30:00Z');
    // 00:30 the next day in Paris.
    expect(formatMoment('fr', moment, 'long')).toBe(formatMoment(fr, moment, 'long'));
    expect(formatMoment('fr', moment, 'long', false)).toBe('2 mars 2026');
    expect(formatMoment(fr, moment.toISOString(), 'short')).toMatch(/^02\/03\/2026.*00:30$/);
  });
});
