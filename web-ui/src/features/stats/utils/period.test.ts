import { bucketCount, bucketPeriod, defaultInterval, periodLength, presetPeriod } from './period';

describe('periods', () => {
  it('offers the quick choices up to today, both ends included', () => {
    expect(presetPeriod('7d', '2026-11-30')).toEqual({ from: '2026-11-24', to: '2026-11-30' });
    expect(presetPeriod('30d', '2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(presetPeriod('year', '2026-11-30')).toEqual({ from: '2026-01-01', to: '2026-11-30' });
    expect(periodLength(presetPeriod('90d', '2026-11-30'))).toBe(90);
  });

  it('counts the items of a series as the API makes them: weeks from Monday, calendar months', () => {
    const november = { from: '2026-11-01', to: '2026-11-30' };
    expect(bucketCount(november, 'day')).toBe(30);
    // 1 November 2026 is a Sunday: its week starts on 26 October, so the month touches six weeks.
    expect(bucketCount(november, 'week')).toBe(6);
    expect(bucketCount({ from: '2025-12-15', to: '2026-02-01' }, 'month')).toBe(3);
    expect(bucketCount({ from: '2024-01-01', to: '2026-12-31' }, 'day')).toBeGreaterThan(400);
  });

  it('picks days for a month, weeks for half a year and months beyond', () => {
    expect(defaultInterval({ from: '2026-11-01', to: '2026-11-30' })).toBe('day');
    expect(defaultInterval({ from: '2026-09-01', to: '2026-11-30' })).toBe('week');
    expect(defaultInterval({ from: '2026-01-01', to: '2026-11-30' })).toBe('month');
  });

  it('cuts a week or month to the period, so its drill-down lists what the bar counts', () => {
    const november = { from: '2026-11-01', to: '2026-11-30' };
    expect(bucketPeriod('2026-10-26', 'week', november)).toEqual({ from: '2026-11-01', to: '2026-11-01' });
    expect(bucketPeriod('2026-11-02', 'week', november)).toEqual({ from: '2026-11-02', to: '2026-11-08' });
    expect(bucketPeriod('2026-11-01', 'month', { from: '2026-10-15', to: '2026-11-20' })).toEqual({ from: '2026-11-01', to: '2026-11-20' });
    expect(bucketPeriod('2024-02-01', 'month', { from: '2024-01-01', to: '2024-12-31' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });
});
