import { describe, it, expect } from 'vitest';
import { isCalendarDate } from '../../src/text/dates.ts';

describe('isCalendarDate', () => {
  it('accepts a day that exists, written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2030-12-31')).toBe(true);
  });
  it('refuses days the calendar does not have', () => {
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-30')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-00-10')).toBe(false);
  });
  it('refuses other spellings of a date', () => {
    for (const value of [
      '2023-2-3',
      '20230203',
      '2023/02/03',
      ' 2023-02-03',
      '2023-02-03T00:00',
      '',
    ])
      expect(isCalendarDate(value), value).toBe(false);
  });
  it('refuses years before 100, which Date would read as 19xx', () => {
    expect(isCalendarDate('0050-01-01')).toBe(false);
  });
  it('refuses years before `fromYear` when one is given', () => {
    expect(isCalendarDate('1899-12-31', { fromYear: 1900 })).toBe(false);
    expect(isCalendarDate('1900-01-01', { fromYear: 1900 })).toBe(true);
    expect(isCalendarDate('1899-12-31')).toBe(true);
  });
});
