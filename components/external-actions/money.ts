import type { useFormatter } from 'next-intl';

type NumberFormatter = Pick<ReturnType<typeof useFormatter>, 'number'>;

/** An amount in cents as euros in the person's language ("12 500 €", "€12,500"); whole euros unless asked. */
export function formatMoney(format: NumberFormatter, cents: number, withCents = false): string {
  return format.number(Math.round(cents) / 100, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: withCents ? 2 : 0,
    maximumFractionDigits: withCents ? 2 : 0,
  });
}
