import type { HttpHandler } from 'msw';

/** Agencies, categories, officers and holidays, as the admin screens call them. */
export const adminHandlers: HttpHandler[] = [];

/** Clears this file's in-memory state after every test. */
export function resetAdminDb(): void {}
