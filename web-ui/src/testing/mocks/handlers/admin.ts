import { http, HttpResponse, type HttpHandler } from 'msw';
import type { components } from '@/api/schema';
import { API_URL } from '../api-url';

type Schemas = components['schemas'];
type Agency = Schemas['Agency'];
type Category = Schemas['Category'];
type Officer = Schemas['Officer'];
type Holiday = Schemas['Holiday'];
type Problem = Schemas['Problem'];
type Violation = Schemas['Violation'];
type Role = 'citizen' | 'officer' | 'admin' | 'supervisor';

const problemHeaders = { 'Content-Type': 'application/problem+json' };
const problem = (status: number, title: string, extra: Partial<Problem> = {}) =>
  HttpResponse.json<Problem>({ type: 'about:blank', title, status, ...extra }, { status, headers: problemHeaders });
const invalid = (violations: Violation[]) =>
  problem(400, 'Invalid request', {
    detail: violations.length === 1 ? `${violations[0].field} ${violations[0].message}.` : `${violations.length} fields are invalid.`,
    violations,
  });

const CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,49}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const T0 = '2026-01-05T01:00:00Z';

// Seed ids are fixed so tests can refer to them.
export const seedIds = {
  setda: '01900000-0000-7000-8000-0000000000a1',
  dinkes: '01900000-0000-7000-8000-0000000000a2',
  pkmOebobo: '01900000-0000-7000-8000-0000000000a3',
  pupr: '01900000-0000-7000-8000-0000000000a5',
  dishubLama: '01900000-0000-7000-8000-0000000000a9',
  catInfra: '01900000-0000-7000-8000-0000000000c1',
  catJalan: '01900000-0000-7000-8000-0000000000c2',
  catKesehatan: '01900000-0000-7000-8000-0000000000c3',
};

const agency = (id: string, code: string, name: string, parentId: string | null = null, active = true): Agency => ({
  id,
  code,
  name,
  parentId,
  active,
  createdAt: T0,
  updatedAt: T0,
});

const category = (id: string, code: string, name: string, extra: Partial<Category> = {}): Category => ({
  id,
  code,
  name,
  active: true,
  createdAt: T0,
  updatedAt: T0,
  ...extra,
});

function seed() {
  return {
    agencies: [
      agency(seedIds.setda, 'SETDA', 'Sekretariat Daerah'),
      agency(seedIds.dinkes, 'DINKES', 'Dinas Kesehatan'),
      agency(seedIds.pkmOebobo, 'DINKES-PKM-OEBOBO', 'Puskesmas Oebobo', seedIds.dinkes),
      agency(seedIds.pupr, 'DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang'),
      agency(seedIds.dishubLama, 'DISHUB-LAMA', 'Dinas Perhubungan (lama)', null, false),
    ],
    categories: [
      category(seedIds.catInfra, 'INFRA', 'Infrastruktur', { defaultAgencyId: seedIds.pupr }),
      category(seedIds.catJalan, 'JALAN-RUSAK', 'Jalan rusak', { parentId: seedIds.catInfra, defaultAgencyId: seedIds.pupr }),
      category(seedIds.catKesehatan, 'KESEHATAN', 'Layanan kesehatan', { defaultAgencyId: seedIds.dinkes }),
    ],
    officers: [
      {
        subject: '6b0f6f0e-0c1a-4c55-9a51-000000000003',
        agencyId: seedIds.dinkes,
        name: 'Petugas Dinkes',
        email: 'petugas.dinkes@aduan.test',
        active: true,
        createdAt: T0,
        updatedAt: T0,
      },
    ] as Officer[],
    holidays: [
      { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'NATIONAL' },
      { date: '2026-12-24', name: 'Cuti bersama Hari Raya Natal', kind: 'CUTI_BERSAMA' },
      { date: '2026-12-25', name: 'Hari Raya Natal', kind: 'NATIONAL' },
      { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'NATIONAL' },
    ] as Holiday[],
    /** Keycloak usernames already taken, for new officer accounts. */
    usernames: new Set(['petugas.dinkes']),
    /** The realm roles of each test "token" (the username); loginAs registers them. */
    accounts: new Map<string, Role[]>([
      ['admin1', ['admin']],
      ['supervisor1', ['supervisor']],
      ['petugas1', ['officer']],
      ['warga1', ['citizen']],
    ]),
  };
}

/** The in-memory stand-in for the admin tables, reset after every test; tests may read and seed it. */
export let adminDb = seed();

/** Clears this file's in-memory state after every test. */
export function resetAdminDb(): void {
  adminDb = seed();
}

/** Lets the handlers know the roles of a test user (see loginAs). */
export function registerAccount(username: string, roles: readonly Role[]): void {
  adminDb.accounts.set(username, [...roles]);
}

/** 401 without a token, 403 without one of `roles`, else undefined: the request may go on. */
export function refuse(request: Request, roles: readonly Role[]) {
  const username = request.headers.get('Authorization')?.replace(/^Bearer /, '');
  if (!username) return problem(401, 'Unauthorized', { detail: 'Log in to continue.' });
  const granted = adminDb.accounts.get(username) ?? [];
  if (!granted.some((role) => roles.includes(role))) {
    return problem(403, 'Forbidden', { detail: 'Your role may not do this.' });
  }
  return undefined;
}

const OFFICIALS: Role[] = ['officer', 'admin', 'supervisor'];
const ADMIN_READERS: Role[] = ['admin', 'supervisor'];
const ADMINS: Role[] = ['admin'];

/** Keyset paging as the API does it: `cursor` is the key of the previous page's last item. */
function paginate<T>(request: Request, items: readonly T[], keyOf: (item: T) => string) {
  const url = new URL(request.url);
  const size = Number(url.searchParams.get('size') ?? 20);
  const cursor = url.searchParams.get('cursor');
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    return { error: invalid([{ field: 'size', message: 'must be between 1 and 100' }]) };
  }
  const start = cursor ? items.findIndex((item) => keyOf(item) === cursor) + 1 : 0;
  if (cursor && start === 0) return { error: invalid([{ field: 'cursor', message: 'is not a valid cursor' }]) };
  const page = items.slice(start, start + size);
  const more = start + size < items.length;
  return { page: { items: page, nextCursor: more ? keyOf(page[page.length - 1]) : null } };
}

const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);

function checkNamed(body: { code?: unknown; name?: unknown }, violations: Violation[]) {
  if (typeof body.code !== 'string' || !CODE.test(body.code)) {
    violations.push({ field: 'code', message: 'must match "^[A-Z0-9][A-Z0-9-]{1,31}$"' });
  }
  checkName(body.name, 'name', violations);
}

function checkName(value: unknown, field: string, violations: Violation[], max = 200) {
  if (typeof value !== 'string' || value.trim() === '') violations.push({ field, message: 'is required' });
  else if (value.length > max) violations.push({ field, message: `size must be between 0 and ${max}` });
}

/** A parent id that exists and is not the item itself or below it. */
function checkParent<T extends { id: string; parentId?: string | null }>(
  items: readonly T[],
  parentId: string | null | undefined,
  selfId: string | undefined,
  violations: Violation[],
) {
  if (!parentId) return;
  if (!items.some((item) => item.id === parentId)) {
    violations.push({ field: 'parentId', message: 'does not exist' });
    return;
  }
  let current: string | null | undefined = parentId;
  while (current) {
    if (current === selfId) {
      violations.push({ field: 'parentId', message: 'may not be the item itself or one of its descendants' });
      return;
    }
    current = items.find((item) => item.id === current)?.parentId;
  }
}

const now = () => new Date().toISOString();

function temporaryPassword() {
  return `Sementara-${Math.random().toString(36).slice(2, 8)}-${Math.floor(Math.random() * 90 + 10)}`;
}

/** Agencies, categories, officers and holidays, as the admin screens call them. */
export const adminHandlers: HttpHandler[] = [
  // Agencies
  http.get<never, never, Schemas['AgencyPage'] | Problem>(`${API_URL}/api/v1/agencies`, ({ request }) => {
    const refused = refuse(request, OFFICIALS);
    if (refused) return refused;
    const parentId = new URL(request.url).searchParams.get('parentId');
    const items = adminDb.agencies.filter((a) => !parentId || a.parentId === parentId).sort(byCode);
    const { page, error } = paginate(request, items, (a) => a.id);
    return error ?? HttpResponse.json(page);
  }),

  http.get<{ id: string }>(`${API_URL}/api/v1/agencies/:id`, ({ request, params }) => {
    const refused = refuse(request, OFFICIALS);
    if (refused) return refused;
    const found = adminDb.agencies.find((a) => a.id === params.id);
    return found ? HttpResponse.json(found) : problem(404, 'Not found', { detail: 'No agency with this id.' });
  }),

  http.post<never, Schemas['AgencyInput']>(`${API_URL}/api/v1/agencies`, async ({ request }) => {
    const refused = refuse(request, ADMINS);
    if (refused) return refused;
    const body = await request.json();
    const violations: Violation[] = [];
    checkNamed(body, violations);
    checkParent(adminDb.agencies, body.parentId, undefined, violations);
    if (violations.length > 0) return invalid(violations);
    if (adminDb.agencies.some((a) => a.code === body.code)) {
      return problem(409, 'Conflict', { detail: `Another agency already has the code ${body.code}.` });
    }
    const created = agency(crypto.randomUUID(), body.code, body.name.trim(), body.parentId ?? null, body.active);
    created.createdAt = created.updatedAt = now();
    adminDb.agencies.push(created);
    return HttpResponse.json(created, {
      status: 201,
      headers: { Location: `${API_URL}/api/v1/agencies/${created.id}` },
    });
  }),

  http.put<{ id: string }, Schemas['AgencyInput']>(`${API_URL}/api/v1/agencies/:id`, async ({ request, params }) => {
    const refused = refuse(request, ADMINS);
    if (refused) return refused;
    const existing = adminDb.agencies.find((a) => a.id === params.id);
    if (!existing) return problem(404, 'Not found', { detail: 'No agency with this id.' });
    const body = await request.json();
    const violations: Violation[] = [];
    checkNamed(body, violations);
    checkParent(adminDb.agencies, body.parentId, existing.id, violations);
    if (violations.length > 0) return invalid(violations);
    if (adminDb.agencies.some((a) => a.code === body.code && a.id !== existing.id)) {
      return problem(409, 'Conflict', { detail: `Another agency already has the code ${body.code}.` });
    }
    Object.assign(existing, { code: body.code, name: body.name.trim(), parentId: body.parentId ?? null, active: body.active, updatedAt: now() });
    return HttpResponse.json(existing);
  }),

  // Categories (public reads)
  http.get<never, never, Schemas['CategoryPage'] | Problem>(`${API_URL}/api/v1/categories`, ({ request }) => {
    const url = new URL(request.url);
    const parentId = url.searchParams.get('parentId');
    const includeInactive = url.searchParams.get('includeInactive') === 'true';
    const items = adminDb.categories
      .filter((c) => (!parentId || c.parentId === parentId) && (includeInactive || c.active))
      .sort(byCode);
    const { page, error } = paginate(request, items, (c) => c.id);
    return error ?? HttpResponse.json(page);
  }),

  http.get<{ id: string }>(`${API_URL}/api/v1/categories/:id`, ({ params }) => {
    const found = adminDb.categories.find((c) => c.id === params.id);
    return found ? HttpResponse.json(found) : problem(404, 'Not found', { detail: 'No category with this id.' });
  }),

  ...(['post', 'put'] as const).map((method) =>
    http[method]<{ id?: string }, Schemas['CategoryInput']>(
      `${API_URL}/api/v1/categories${method === 'put' ? '/:id' : ''}`,
      async ({ request, params }) => {
        const refused = refuse(request, ADMINS);
        if (refused) return refused;
        const existing = params.id ? adminDb.categories.find((c) => c.id === params.id) : undefined;
        if (params.id && !existing) return problem(404, 'Not found', { detail: 'No category with this id.' });
        const body = await request.json();
        const violations: Violation[] = [];
        checkNamed(body, violations);
        checkParent(adminDb.categories, body.parentId, existing?.id, violations);
        if (body.defaultAgencyId && !adminDb.agencies.some((a) => a.id === body.defaultAgencyId && a.active)) {
          violations.push({ field: 'defaultAgencyId', message: 'must be an active agency' });
        }
        if (violations.length > 0) return invalid(violations);
        if (adminDb.categories.some((c) => c.code === body.code && c.id !== existing?.id)) {
          return problem(409, 'Conflict', { detail: `Another category already has the code ${body.code}.` });
        }
        const fields = {
          code: body.code,
          name: body.name.trim(),
          parentId: body.parentId ?? undefined,
          defaultAgencyId: body.defaultAgencyId ?? undefined,
          active: body.active,
          updatedAt: now(),
        };
        if (existing) {
          Object.assign(existing, fields);
          return HttpResponse.json(existing);
        }
        const created = category(crypto.randomUUID(), body.code, body.name, { ...fields, createdAt: fields.updatedAt });
        adminDb.categories.push(created);
        return HttpResponse.json(created, { status: 201 });
      },
    ),
  ),

  // Officers
  http.get<never, never, Schemas['OfficerPage'] | Problem>(`${API_URL}/api/v1/officers`, ({ request }) => {
    const refused = refuse(request, ADMIN_READERS);
    if (refused) return refused;
    const agencyId = new URL(request.url).searchParams.get('agencyId');
    const items = adminDb.officers
      .filter((o) => !agencyId || o.agencyId === agencyId)
      .sort((a, b) => a.subject.localeCompare(b.subject));
    const { page, error } = paginate(request, items, (o) => o.subject);
    return error ?? HttpResponse.json(page);
  }),

  http.post<never, Schemas['OfficerRegistration']>(`${API_URL}/api/v1/officers`, async ({ request }) => {
    const refused = refuse(request, ADMINS);
    if (refused) return refused;
    const body = await request.json();
    const violations: Violation[] = [];
    if (Boolean(body.subject) === Boolean(body.account)) {
      violations.push({ field: 'subject', message: 'exactly one of subject and account is required' });
    }
    if (body.subject !== undefined && (body.subject.trim() === '' || body.subject.length > 64)) {
      violations.push({ field: 'subject', message: 'size must be between 1 and 64' });
    }
    if (body.account) {
      if (!USERNAME.test(body.account.username ?? '')) {
        violations.push({ field: 'account.username', message: 'must match "^[a-z0-9][a-z0-9._-]{2,49}$"' });
      }
      if (!EMAIL.test(body.account.email ?? '')) violations.push({ field: 'account.email', message: 'must be a well-formed email address' });
      checkName(body.account.firstName, 'account.firstName', violations, 100);
      checkName(body.account.lastName, 'account.lastName', violations, 100);
    }
    checkName(body.name, 'name', violations);
    if (body.email && !EMAIL.test(body.email)) violations.push({ field: 'email', message: 'must be a well-formed email address' });
    if (!UUID.test(body.agencyId ?? '') || !adminDb.agencies.some((a) => a.id === body.agencyId && a.active)) {
      violations.push({ field: 'agencyId', message: 'must be an active agency' });
    }
    if (violations.length > 0) return invalid(violations);

    let subject = body.subject;
    let password: string | undefined;
    if (body.account) {
      if (adminDb.usernames.has(body.account.username)) {
        return problem(409, 'Conflict', { detail: `The username ${body.account.username} is taken.` });
      }
      adminDb.usernames.add(body.account.username);
      subject = crypto.randomUUID();
      password = temporaryPassword();
    } else if (adminDb.officers.some((o) => o.subject === subject)) {
      return problem(409, 'Conflict', { detail: 'This account is already an officer.' });
    }
    const stamp = now();
    const officer: Officer = {
      subject: subject!,
      agencyId: body.agencyId,
      name: body.name.trim(),
      ...(body.email ? { email: body.email } : {}),
      active: true,
      createdAt: stamp,
      updatedAt: stamp,
    };
    adminDb.officers.push(officer);
    return HttpResponse.json({ ...officer, ...(password ? { temporaryPassword: password } : {}) }, { status: 201 });
  }),

  http.get<{ subject: string }>(`${API_URL}/api/v1/officers/:subject`, ({ request, params }) => {
    const refused = refuse(request, ADMIN_READERS);
    if (refused) return refused;
    const found = adminDb.officers.find((o) => o.subject === params.subject);
    return found ? HttpResponse.json(found) : problem(404, 'Not found', { detail: 'No officer with this account.' });
  }),

  http.put<{ subject: string }, Schemas['OfficerUpdate']>(`${API_URL}/api/v1/officers/:subject`, async ({ request, params }) => {
    const refused = refuse(request, ADMINS);
    if (refused) return refused;
    const existing = adminDb.officers.find((o) => o.subject === params.subject);
    if (!existing) return problem(404, 'Not found', { detail: 'No officer with this account.' });
    const body = await request.json();
    const violations: Violation[] = [];
    checkName(body.name, 'name', violations);
    if (body.email && !EMAIL.test(body.email)) violations.push({ field: 'email', message: 'must be a well-formed email address' });
    if (!adminDb.agencies.some((a) => a.id === body.agencyId)) violations.push({ field: 'agencyId', message: 'does not exist' });
    if (violations.length > 0) return invalid(violations);
    Object.assign(existing, { agencyId: body.agencyId, name: body.name.trim(), email: body.email, active: body.active, updatedAt: now() });
    if (!body.email) delete existing.email;
    return HttpResponse.json(existing);
  }),

  // Holidays
  http.get<never, never, Schemas['HolidayPage'] | Problem>(`${API_URL}/api/v1/holidays`, ({ request }) => {
    const refused = refuse(request, OFFICIALS);
    if (refused) return refused;
    const yearParam = new URL(request.url).searchParams.get('year');
    const year = yearParam === null ? new Date().getFullYear() : Number(yearParam);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      return invalid([{ field: 'year', message: 'must be between 2000 and 2100' }]);
    }
    const items = adminDb.holidays.filter((h) => h.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date));
    const { page, error } = paginate(request, items, (h) => h.date);
    return error ?? HttpResponse.json(page);
  }),

  http.post<never, Holiday>(`${API_URL}/api/v1/holidays`, async ({ request }) => {
    const refused = refuse(request, ADMINS);
    if (refused) return refused;
    const body = await request.json();
    const violations: Violation[] = [];
    if (!DAY.test(body.date ?? '') || Number.isNaN(Date.parse(body.date))) violations.push({ field: 'date', message: 'must be a date' });
    checkName(body.name, 'name', violations);
    if (!['NATIONAL', 'CUTI_BERSAMA', 'LOCAL'].includes(body.kind)) {
      violations.push({ field: 'kind', message: 'must be one of NATIONAL, CUTI_BERSAMA, LOCAL' });
    }
    if (violations.length > 0) return invalid(violations);
    if (adminDb.holidays.some((h) => h.date === body.date)) {
      return problem(409, 'Conflict', { detail: `${body.date} is already a holiday.` });
    }
    const holiday: Holiday = { date: body.date, name: body.name.trim(), kind: body.kind };
    adminDb.holidays.push(holiday);
    return HttpResponse.json(holiday, { status: 201 });
  }),

  http.delete<{ date: string }>(`${API_URL}/api/v1/holidays/:date`, ({ request, params }) => {
    const refused = refuse(request, ADMINS);
    if (refused) return refused;
    if (!DAY.test(params.date)) return invalid([{ field: 'date', message: 'must be a date' }]);
    const index = adminDb.holidays.findIndex((h) => h.date === params.date);
    if (index < 0) return problem(404, 'Not found', { detail: 'No holiday on this date.' });
    adminDb.holidays.splice(index, 1);
    return new HttpResponse(null, { status: 204 });
  }),
];
