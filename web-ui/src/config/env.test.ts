import { getEnv } from './env';

describe('getEnv', () => {
  it('reads and validates window.__APP_CONFIG__', () => {
    expect(getEnv()).toEqual({
      apiUrl: 'http://api.test',
      keycloakUrl: 'http://keycloak.test',
      realm: 'aduan',
      clientId: 'aduan-web',
    });
  });
});
