import { drillHref, parseFilters, parseInterval, parseReportQuery, toSearch } from './filters';

describe('statistics filters in the URL', () => {
  it('reads the API parameters and drops what the API would refuse', () => {
    const params = new URLSearchParams(
      'from=2026-11-01&to=2026-11-30&agencyId=a1&subAgencies=false&categoryId=c1&subCategories=false&channel=FAX&areaCode=53.71.04&type=COMPLAINT&junk=1',
    );
    expect(parseFilters(params, '2026-12-01')).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      agencyId: 'a1',
      subAgencies: false,
      categoryId: 'c1',
      subCategories: false,
      areaCode: '53.71.04',
      type: 'COMPLAINT',
    });
  });

  it('falls back to the last 30 days, and keeps subAgencies only with an agency, subCategories only with a category', () => {
    expect(parseFilters(new URLSearchParams('subAgencies=false&subCategories=false&from=soon'), '2026-11-30')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    // Included is the default: only the exception is kept.
    expect(parseFilters(new URLSearchParams('to=2026-11-30&categoryId=c1&subCategories=true'), '2026-11-30')).toEqual({ from: '2026-11-01', to: '2026-11-30', categoryId: 'c1' });
    expect(parseFilters(new URLSearchParams('from=2026-12-05&to=2026-11-30'), '2026-12-10')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });

  it('reads the narrowing of a drill-down, several statuses included', () => {
    const params = new URLSearchParams('from=2026-11-01&to=2026-11-30&status=RESOLVED&status=CLOSED&status=LOST&deadline=verify&deadlineState=late&overdue=true&rating=7');
    expect(parseReportQuery(params)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      status: ['RESOLVED', 'CLOSED'],
      deadline: 'verify',
      deadlineState: 'late',
      overdue: true,
    });
  });

  it('keeps a deadline only with a known state, as the API requires the pair', () => {
    const period = 'from=2026-11-01&to=2026-11-30';
    const parse = (search: string) => parseReportQuery(new URLSearchParams(`${period}&${search}`));
    expect(parse('deadline=followUp&deadlineState=overdue')).toMatchObject({ deadline: 'followUp', deadlineState: 'overdue' });
    for (const search of ['deadline=verify', 'deadlineState=met', 'deadline=verify&deadlineState=missed', 'deadline=resolution&deadlineState=met', 'deadline=verify&deadlineMet=true']) {
      expect(parse(search), search).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    }
  });

  it('writes links with the filters, narrowed or overridden, lists repeated', () => {
    const filters = { from: '2026-11-01', to: '2026-11-30', categoryId: 'c1' };
    expect(drillHref(filters, { categoryId: 'c2', areaCode: '53.71.04', status: ['RESOLVED', 'CLOSED'] })).toBe(
      '/statistik/laporan?from=2026-11-01&to=2026-11-30&categoryId=c2&areaCode=53.71.04&status=RESOLVED&status=CLOSED',
    );
    expect(toSearch({ a: undefined, b: '' })).toBe('');
  });

  it('keeps a chosen interval only where the API can serve it', () => {
    const threeYears = { from: '2024-01-01', to: '2026-11-30' };
    expect(parseInterval(new URLSearchParams('interval=day'), threeYears)).toBe('month');
    expect(parseInterval(new URLSearchParams('interval=week'), threeYears)).toBe('week');
    expect(parseInterval(new URLSearchParams(''), { from: '2026-11-01', to: '2026-11-30' })).toBe('day');
  });
});
