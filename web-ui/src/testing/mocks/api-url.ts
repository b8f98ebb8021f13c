/** The apiUrl of the test config (see setup-tests.ts); MSW answers every request to it. */
export const API_URL = 'http://api.test';
