/** Days as the API writes them (yyyy-mm-dd). Arithmetic runs in UTC so that no time zone shifts a day. */
export type Day = string;
export type Period = { from: Day; to: Day };
export type Interval = 'day' | 'week' | 'month';

/** The API refuses a series longer than this (400): a longer period needs a longer interval. */
export const MAX_SERIES_ITEMS = 400;
/** The API allows periods of at most three years; 1095 days stays within that in leap years too. */
export const MAX_PERIOD_DAYS = 1095;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;
const toDate = (day: Day) => new Date(`${day}T00:00:00Z`);
const fromDate = (date: Date): Day => date.toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

export const isDay = (value: unknown): value is Day =>
  typeof value === 'string' && DAY.test(value) && !Number.isNaN(toDate(value).getTime());

/** Today on this device's calendar (the API counts days in the city's time zone, the same for its readers). */
export function today(): Day {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(day: Day, days: number): Day {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/** Days in the period, both ends included. */
export const periodLength = ({ from, to }: Period) => Math.round((toDate(to).getTime() - toDate(from).getTime()) / MS_PER_DAY) + 1;

export const presets = ['7d', '30d', '90d', 'year'] as const;
export type Preset = (typeof presets)[number];

/** The quick choices: the last 7, 30 or 90 days up to today, or this year so far. */
export function presetPeriod(preset: Preset, now: Day = today()): Period {
  switch (preset) {
    case '7d':
      return { from: addDays(now, -6), to: now };
    case '30d':
      return { from: addDays(now, -29), to: now };
    case '90d':
      return { from: addDays(now, -89), to: now };
    case 'year':
      return { from: `${now.slice(0, 4)}-01-01`, to: now };
  }
}

/** As the API defaults: up to today, 30 days long. */
export const defaultPeriod = (now: Day = today()): Period => presetPeriod('30d', now);

/** The Monday that starts the ISO week of the day. */
export const monday = (day: Day) => addDays(day, -((toDate(day).getUTCDay() + 6) % 7));

/** How many items a series of the period has at this interval (weeks start on Monday). */
export function bucketCount(period: Period, interval: Interval): number {
  switch (interval) {
    case 'day':
      return periodLength(period);
    case 'week':
      return Math.ceil(periodLength({ from: monday(period.from), to: period.to }) / 7);
    case 'month': {
      const [fy, fm] = period.from.split('-').map(Number);
      const [ty, tm] = period.to.split('-').map(Number);
      return (ty - fy) * 12 + tm - fm + 1;
    }
  }
}

/** A day per item for a month, a week per item for half a year, else a month per item. */
export function defaultInterval(period: Period): Interval {
  const days = periodLength(period);
  return days <= 31 ? 'day' : days <= 183 ? 'week' : 'month';
}

/** The days of one series item, cut to the period: a week or month may start before it or end after it. */
export function bucketPeriod(start: Day, interval: Interval, period: Period): Period {
  let end = start;
  if (interval === 'week') end = addDays(start, 6);
  if (interval === 'month') {
    const date = toDate(start);
    end = fromDate(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
  }
  return { from: start < period.from ? period.from : start, to: end > period.to ? period.to : end };
}
