import { describe, expect, it } from 'vitest';
import {
  compareDates,
  displayDate,
  formatDateRange,
  formatPartialDate,
  normalizeDateInput,
  parsePartialDate,
  partialDateProblem,
  toIsoString,
} from '@/lib/dates';

describe('parsePartialDate', () => {
  it('reads the precision from the number of parts', () => {
    expect(parsePartialDate('2022')).toEqual({ year: 2022, precision: 'year' });
    expect(parsePartialDate('2020-12')).toEqual({ year: 2020, month: 12, precision: 'month' });
    expect(parsePartialDate('2021-12-07')).toEqual({ year: 2021, month: 12, day: 7, precision: 'day' });
  });

  it('rejects impossible and malformed dates with a Swedish explanation', () => {
    expect(partialDateProblem('2023-02-30')).toMatch(/finns inte: månaden har dagarna 01–28/);
    expect(partialDateProblem('2024-02-29')).toBeNull();
    expect(partialDateProblem('2023-13')).toMatch(/Månaden 13/);
    expect(partialDateProblem('7 december 2021')).toMatch(/inte ett datum i formen ÅÅÅÅ/);
    expect(partialDateProblem(20211207)).toMatch(/text/);
    expect(() => parsePartialDate('2021/12/07')).toThrow(/ÅÅÅÅ-MM-DD/);
  });
});

describe('normalizeDateInput', () => {
  it('turns YAML dates and years back into text', () => {
    expect(normalizeDateInput(new Date(Date.UTC(2021, 11, 7)))).toBe('2021-12-07');
    expect(normalizeDateInput(2022)).toBe('2022');
    expect(normalizeDateInput('2020-12')).toBe('2020-12');
  });
});

describe('formatPartialDate', () => {
  it('shows each date at its own precision in Swedish', () => {
    expect(formatPartialDate(parsePartialDate('2021-12-07'))).toBe('7 december 2021');
    expect(formatPartialDate(parsePartialDate('2020-12'))).toBe('december 2020');
    expect(formatPartialDate(parsePartialDate('2022'))).toBe('2022');
    expect(formatPartialDate(parsePartialDate('2022'), { season: 'var' })).toBe('våren 2022');
    expect(formatPartialDate(parsePartialDate('2022'), { season: 'sommar', approximate: true })).toBe('cirka sommaren 2022');
  });

  it('formats spans compactly within a year', () => {
    expect(formatDateRange(parsePartialDate('2022-01'), parsePartialDate('2022-03'))).toBe('januari–mars 2022');
    expect(formatDateRange(parsePartialDate('2023-01-10'), parsePartialDate('2023-01-11'))).toBe('10–11 januari 2023');
    expect(formatDateRange(parsePartialDate('2023-01-10'), parsePartialDate('2023-02-11'))).toBe('10 januari – 11 februari 2023');
    expect(formatDateRange(parsePartialDate('2022-12-30'), parsePartialDate('2023-01-02'))).toBe('30 december 2022 – 2 januari 2023');
    expect(formatDateRange(parsePartialDate('2022-11'), parsePartialDate('2023-02'))).toBe('november 2022 – februari 2023');
    expect(formatDateRange(parsePartialDate('2022'), parsePartialDate('2022-05'), { season: 'var' })).toBe('våren 2022 – maj 2022');
    expect(formatDateRange(parsePartialDate('2023-01-10'), parsePartialDate('2023-01-11'), { approximate: true })).toBe(
      'cirka 10–11 januari 2023',
    );
  });
});

describe('ordering', () => {
  it('sorts chronologically with the vaguer date first', () => {
    const dates = ['2022-04', '2022', '2020-12', '2021-12-07'].map(parsePartialDate);
    expect(dates.sort(compareDates).map(toIsoString)).toEqual(['2020-12', '2021-12-07', '2022', '2022-04']);
  });
});

describe('displayDate', () => {
  it('combines the date fields of an entry', () => {
    expect(displayDate({ date: '2022-01', end: '2022-03' })).toBe('januari–mars 2022');
    expect(displayDate({ date: '2022', season: 'var' })).toBe('våren 2022');
    expect(displayDate({ date: '2023-05-01' })).toBe('1 maj 2023');
  });
});
