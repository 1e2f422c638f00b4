import type { Unit } from '@/schemas/vocabulary';

/** Numbers in Swedish: the group separator is a no-break space (375 000), the decimal sign a comma. */
const numberFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "375 000 kr", "375 000 kr/år", "25 %": the unit follows a no-break space. */
export function formatValue(value: number, unit: Unit): string {
  const number = formatNumber(value);
  if (unit === 'procent') return `${number}\u00a0%`;
  return `${number}\u00a0${unit}`;
}

// Made once: building an Intl formatter is far slower than using one, and every page shows dates.
const dayFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "1 mars 2026" from a full ISO date (page metadata). */
export function formatIsoDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFormat.format(
    Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1),
  );
}
