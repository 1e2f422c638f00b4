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
