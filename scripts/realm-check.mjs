#!/usr/bin/env node
// The production realm of the Helm chart (its KeycloakRealmImport), imported into a real Keycloak
// of its own (issue 20), then checked as people would meet it:
//   - a citizen logs in with a password alone (the browser flow with PKCE, as the SPA does it);
//   - an official (officer, admin, supervisor) is made to set up a one-time code before any token;
//   - a weak password is refused by the password policy; brute-force detection is on;
//   - the web client allows the standard flow with PKCE only;
//   - the API's service account (officer onboarding) holds no manage-users, only fine-grained admin
//     permissions: it creates an account and grants it officer, but cannot grant admin or supervisor
//     or make itself admin.
//
//   node scripts/realm-check.mjs --keycloak=DIR --port=8190 --helm=HELM
import { spawn, execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const YAML = createRequire(join(root, 'bench', 'package.json'))('yaml');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split(/=(.*)/s)));
const port = Number(args.port ?? 8190);
const kc = `http://localhost:${port}`;
const log = (...m) => console.log('[realm]', ...m);
const failures = [];
let passed = 0;
const check = (ok, what) => {
  log(ok ? 'ok  ' : 'FAIL', what);
  if (ok) passed++;
  else failures.push(what);
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// --- the realm as the chart renders it -------------------------------------------------------------
const rendered = execFileSync(args.helm ?? 'helm', ['template', 'aduan', join(root, 'helm/aduan'),
  '-f', join(root, 'helm/aduan/ci/values-operators.yaml')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const realmImport = YAML.parseAllDocuments(rendered).map((d) => d.toJSON()).find((d) => d?.kind === 'KeycloakRealmImport');
if (!realmImport) throw new Error('the chart rendered no KeycloakRealmImport');
const realm = realmImport.spec.realm;
// The operator fills the admin client's secret from a Secret; a stand-in will do here.
const json = JSON.stringify(realm).replaceAll('${ADUAN_API_ADMIN_SECRET}', 'realm-check-secret');
const web = realm.clients.find((c) => c.publicClient);

// --- a Keycloak of its own: a copy of the distribution, the realm in its import folder ----------------
const dir = mkdtempSync(join(tmpdir(), 'aduan-realm-'));
cpSync(args.keycloak, join(dir, 'kc'), { recursive: true, filter: (p) => !p.includes('/data/') });
mkdirSync(join(dir, 'kc/data/import'), { recursive: true });
writeFileSync(join(dir, 'kc/data/import/realm.json'), json);
const server = spawn(join(dir, 'kc/bin/kc.sh'), ['start-dev', `--http-port=${port}`, `--http-management-port=${port + 900}`,
  '--db=dev-mem', '--import-realm', '--health-enabled=false', '--metrics-enabled=false'], {
  env: { ...process.env, KC_BOOTSTRAP_ADMIN_USERNAME: 'admin', KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin',
    JAVA_OPTS_KC_HEAP: '-Xms64m -Xmx512m' },
  stdio: ['ignore', 'ignore', 'inherit'], detached: true,
});
const stop = () => {
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone already */ }
  rmSync(dir, { recursive: true, force: true });
};
process.on('exit', stop);

async function ready() {
  for (let i = 0; i < 180; i++) {
    try {
      if ((await fetch(`${kc}/realms/${realm.realm}/.well-known/openid-configuration`)).ok) return true;
    } catch { /* not yet */ }
    if (server.exitCode !== null) return false;
    await sleep(1000);
  }
  return false;
}
check(await ready(), 'Keycloak imported the chart\'s realm and started');

// --- admin API: users, settings ----------------------------------------------------------------------
const adminToken = (await (await fetch(`${kc}/realms/master/protocol/openid-connect/token`, {
  method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' }),
})).json()).access_token;
const admin = (path, init = {}) => fetch(`${kc}/admin/realms/${realm.realm}${path}`, {
  ...init, headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
});

async function user(username, role) {
  const res = await admin('/users', { method: 'POST', body: JSON.stringify({ username, enabled: true, email: `${username}@contoh.id`,
    emailVerified: true, firstName: username, lastName: 'Uji' }) });
  if (res.status !== 201) throw new Error(`user ${username}: HTTP ${res.status}`);
  const id = res.headers.get('location').split('/').pop();
  if (role) {
    const r = await (await admin(`/roles/${role}`)).json();
    await admin(`/users/${id}/role-mappings/realm`, { method: 'POST', body: JSON.stringify([r]) });
  }
  return id;
}
const setPassword = (id, value) => admin(`/users/${id}/reset-password`, { method: 'PUT',
  body: JSON.stringify({ type: 'password', value, temporary: false }) });

const citizen = await user('warga.uji');
const officer = await user('petugas.uji', 'officer');
const supervisor = await user('pengawas.uji', 'supervisor');
const weak = await setPassword(citizen, 'warga');
check(weak.status === 400, `a weak password is refused by the policy (${weak.status})`);
for (const id of [citizen, officer, supervisor]) await setPassword(id, 'Kupang-Kota-2026!');
const settings = await (await admin('')).json();
check(settings.bruteForceProtected === true, 'brute-force detection is on');
check(web && web.standardFlowEnabled && !web.implicitFlowEnabled && !web.directAccessGrantsEnabled
  && web.attributes['pkce.code.challenge.method'] === 'S256', 'the web client: standard flow with PKCE S256 only');

// --- the browser login the SPA starts ----------------------------------------------------------------
/** Logs in through the login page; what comes after the password: a redirect with a code, or a page. */
async function login(username) {
  const cookies = new Map();
  const keep = (res) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, ...v] = pair.split('=');
      cookies.set(k, v.join('='));
    }
  };
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const redirect = web.redirectUris[0];
  const auth = `${kc}/realms/${realm.realm}/protocol/openid-connect/auth?` + new URLSearchParams({ client_id: web.clientId,
    redirect_uri: redirect, response_type: 'code', scope: 'openid', code_challenge: challenge, code_challenge_method: 'S256' });
  const page = await fetch(auth, { redirect: 'manual' });
  keep(page);
  const html = await page.text();
  const action = /action="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  if (!action) throw new Error(`no login form for ${username}`);
  const after = await fetch(action, { method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ username, password: 'Kupang-Kota-2026!' }) });
  keep(after);
  const location = after.headers.get('location') ?? '';
  if (location.startsWith(redirect)) {
    return { status: after.status, code: new URL(location).searchParams.has('code'), body: '' };
  }
  // Keycloak's own next page (a required action) comes by a redirect within Keycloak, or at once.
  const next = location ? await fetch(new URL(location, kc), { redirect: 'manual', headers: { cookie: cookie() } }) : after;
  return { status: next.status, code: false, body: await next.text() };
}

const asCitizen = await login('warga.uji');
check(asCitizen.code, `a citizen gets a code with the password alone (HTTP ${asCitizen.status})`);
for (const who of ['petugas.uji', 'pengawas.uji']) {
  const asOfficial = await login(who);
  check(!asOfficial.code && /name="totp"/.test(asOfficial.body),
    `${who} gets no code, but the one-time code setup (HTTP ${asOfficial.status})`);
}

// --- the API's service account: what officer onboarding (KeycloakAccounts) does, and nothing more ----------
const apiClient = realm.clients.find((c) => c.serviceAccountsEnabled && c.secret === '${ADUAN_API_ADMIN_SECRET}');
if (apiClient) {
  const grant = await (await fetch(`${kc}/realms/${realm.realm}/protocol/openid-connect/token`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: apiClient.clientId, client_secret: 'realm-check-secret' }),
  })).json();
  check(typeof grant.access_token === 'string', `${apiClient.clientId} gets a token for its service account (${grant.error ?? 'ok'})`);
  const self = JSON.parse(Buffer.from(String(grant.access_token).split('.')[1] ?? '', 'base64url').toString() || '{}').sub;
  const asApi = (path, init = {}) => fetch(`${kc}/admin/realms/${realm.realm}${path}`, {
    ...init, headers: { Authorization: `Bearer ${grant.access_token}`, 'Content-Type': 'application/json' },
  });
  const role = async (name) => (await admin(`/roles/${name}`)).json();
  const realmRolesOf = async (id) => (await (await admin(`/users/${id}/role-mappings/realm`)).json()).map((r) => r.name);

  const management = (await (await admin('/clients?clientId=realm-management')).json())[0];
  const held = (await (await admin(`/users/${self}/role-mappings/clients/${management.id}/composite`)).json())
    .map((r) => r.name).sort().join(', ');
  check(held === 'view-realm', `the service account's only realm-management role is view-realm (${held})`);

  // (a) Onboarding as KeycloakAccounts does it: an account with a temporary password, then the role officer.
  const account = (username) => JSON.stringify({ username, email: `${username}@contoh.id`, firstName: 'Petugas', lastName: 'Baru',
    enabled: true, emailVerified: true, credentials: [{ type: 'password', value: 'Sementara-2026x', temporary: true }] });
  const created = await asApi('/users', { method: 'POST', body: account('petugas.baru') });
  const newcomer = created.headers.get('location')?.split('/').pop();
  check(created.status === 201, `the service account creates an officer's account (${created.status})`);
  const officerRole = await asApi('/roles/officer');
  check(officerRole.status === 200, `the service account reads the role officer (${officerRole.status})`);
  const mapped = await asApi(`/users/${newcomer}/role-mappings/realm`, { method: 'POST',
    body: JSON.stringify([officerRole.status === 200 ? await officerRole.json() : await role('officer')]) });
  check(mapped.status === 204 && (await realmRolesOf(newcomer)).includes('officer'),
    `the service account grants the new account the role officer (${mapped.status})`);
  const spare = await asApi('/users', { method: 'POST', body: account('petugas.batal') });
  const undone = await asApi(`/users/${spare.headers.get('location')?.split('/').pop()}`, { method: 'DELETE' });
  check(spare.status === 201 && undone.status === 204,
    `the service account deletes an account it created, the undo of a failed onboarding (${spare.status}, ${undone.status})`);

  // (b) No other role: admin and supervisor are refused, to a new account and to an existing one.
  for (const name of ['admin', 'supervisor']) {
    for (const [who, id] of [['the new account', newcomer], ['the citizen warga.uji', citizen]]) {
      const res = await asApi(`/users/${id}/role-mappings/realm`, { method: 'POST', body: JSON.stringify([await role(name)]) });
      check(res.status === 403 && !(await realmRolesOf(id)).includes(name),
        `the service account cannot grant ${name} to ${who} (${res.status})`);
    }
  }
  // (c) Nor can it make itself admin.
  const selfAdmin = await asApi(`/users/${self}/role-mappings/realm`, { method: 'POST', body: JSON.stringify([await role('admin')]) });
  check(selfAdmin.status === 403 && !(await realmRolesOf(self)).includes('admin'),
    `the service account cannot make itself admin (${selfAdmin.status})`);
} else {
  check(false, 'the chart rendered no admin client with a service account (oidc.adminClient.enabled)');
}

if (failures.length > 0) {
  // What Keycloak made of the flow, to see why.
  const executions = await (await admin(`/authentication/flows/${settings.browserFlow}/executions`)).json();
  log(`browser flow ${settings.browserFlow}:`, JSON.stringify(executions.map((e) => [e.level, e.displayName, e.requirement])));
}
console.log(`realm-check: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
