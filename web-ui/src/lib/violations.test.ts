import { fieldForViolation, issuesToFieldErrors, mapViolations } from './violations';

const fields = ['code', 'name', 'email', 'account.email'] as const;

describe('violations', () => {
  it('matches exact paths first, then the longest suffix', () => {
    expect(fieldForViolation(fields, 'account.email')).toBe('account.email');
    expect(fieldForViolation(fields, 'registerOfficer.body.account.email')).toBe('account.email');
    expect(fieldForViolation(fields, 'email')).toBe('email');
    expect(fieldForViolation(fields, 'createAgency.input.code')).toBe('code');
    expect(fieldForViolation(fields, 'parentId')).toBeUndefined();
  });

  it('splits violations into field errors and the rest, joining messages of one field', () => {
    const { fieldErrors, other } = mapViolations(fields, [
      { field: 'code', message: 'is taken.' },
      { field: 'code', message: 'is too long.' },
      { field: 'size', message: 'must be at most 100' },
    ]);
    expect(fieldErrors).toEqual({ code: { text: 'is taken. is too long.' } });
    expect(other).toEqual([{ field: 'size', message: 'must be at most 100' }]);
  });

  it('keeps the first schema issue of each known field', () => {
    expect(
      issuesToFieldErrors(fields, [
        { path: ['name'], message: 'admin.validation.name' },
        { path: ['name'], message: 'admin.validation.required' },
        { path: ['other'], message: 'admin.validation.required' },
      ]),
    ).toEqual({ name: { key: 'admin.validation.name' } });
  });
});
