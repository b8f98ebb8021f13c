import { en } from './dictionaries/en';
import { id } from './dictionaries/id';
import { formatDateTime, translate } from './translate';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  const languages = { id, en } as Record<string, Record<string, string>>;
  const allKeys = [...new Set(Object.values(languages).flatMap((dict) => Object.keys(dict)))].sort();

  it.each(Object.keys(languages))('%s has every key, each with a non-empty message', (lang) => {
    const dict = languages[lang];
    const missing = allKeys.filter((key) => !(key in dict));
    expect(missing, `keys missing in "${lang}"`).toEqual([]);
    const empty = allKeys.filter((key) => typeof dict[key] !== 'string' || dict[key].trim() === '');
    expect(empty, `empty messages in "${lang}"`).toEqual([]);
  });

  it('uses the same placeholders in every language', () => {
    const mismatched = allKeys.filter((key) => placeholders(id[key as keyof typeof id]).join() !== placeholders(en[key as keyof typeof en]).join());
    expect(mismatched).toEqual([]);
  });

  it('names every status and type in Indonesian as the city uses them', () => {
    expect([
      id['status.SUBMITTED'],
      id['status.ON_HOLD'],
      id['status.VERIFIED'],
      id['status.FORWARDED'],
      id['status.IN_PROGRESS'],
      id['status.RESOLVED'],
      id['status.CLOSED'],
      id['status.ARCHIVED'],
    ]).toEqual([
      'Diajukan',
      'Ditunda',
      'Terverifikasi',
      'Didisposisikan',
      'Ditindaklanjuti',
      'Selesai ditangani',
      'Ditutup',
      'Diarsipkan',
    ]);
    expect([id['type.COMPLAINT'], id['type.ASPIRATION'], id['type.INFORMATION_REQUEST']]).toEqual([
      'Pengaduan',
      'Aspirasi',
      'Permintaan Informasi',
    ]);
  });

  it('fills placeholders', () => {
    expect(translate('id', 'auth.loggedInAs', { name: 'Warga Satu' })).toBe('Masuk sebagai Warga Satu');
    expect(translate('en', 'auth.loggedInAs', { name: 'Warga Satu' })).toBe('Logged in as Warga Satu');
  });

  it('formats dates with Intl in the chosen language', () => {
    const iso = '2026-11-29T01:15:30Z';
    expect(formatDateTime('id', iso)).toBe(
      new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    );
    expect(formatDateTime('id', iso)).toContain('Nov');
    expect(formatDateTime('en', iso)).toContain('2026');
  });
});

describe('plurals', () => {
  it('chooses the form by Intl.PluralRules and writes the count in the language', () => {
    expect(translate('en', 'stats.days', { count: 1 })).toBe('1 working day');
    expect(translate('en', 'stats.days', { count: 3 })).toBe('3 working days');
    expect(translate('en', 'stats.days', { count: 1.5 })).toBe('1.5 working days');
    expect(translate('en', 'public.supports', { count: 1500 })).toBe('1,500 supports');
    expect(translate('en', 'receipt.uploadFailed', { count: 1 })).toMatch(/^1 attachment could not be uploaded/);
    expect(translate('en', 'receipt.uploadFailed', { count: 2 })).toMatch(/^2 attachments could not be uploaded/);
    // Indonesian has one form; its digits group with dots.
    expect(translate('id', 'public.supports', { count: 1 })).toBe('1 dukungan');
    expect(translate('id', 'public.supports', { count: 1500 })).toBe('1.500 dukungan');
  });

  it('has a general message beside every plural variant', () => {
    const variants = Object.keys(en).filter((key) => /\.(zero|one|two|few|many)$/.test(key));
    expect(variants.length).toBeGreaterThan(0);
    expect(variants.filter((key) => !(key.replace(/\.\w+$/, '') in en))).toEqual([]);
  });
});
