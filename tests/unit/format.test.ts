import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from '@/lib/format';
import { formatDay } from '@/lib/dates';

describe('Swedish number format', () => {
  it('groups thousands with a no-break space', () => {
    expect(formatNumber(375000)).toBe('375\u00a0000');
    expect(formatNumber(1234.5)).toBe('1\u00a0234,5');
  });

  it('puts the unit after a no-break space', () => {
    expect(formatValue(375000, 'kr')).toBe('375\u00a0000\u00a0kr');
    expect(formatValue(375000, 'kr/år')).toBe('375\u00a0000\u00a0kr/år');
    expect(formatValue(25, 'procent')).toBe('25\u00a0%');
  });

  it('writes days in words', () => {
    expect(formatDay('2026-11-22')).toBe('22 november 2026');
  });
});
