// Runtime configuration, read by src/config/env.ts. Deployments overwrite this file
// (the Helm chart renders it from a ConfigMap; the local scripts rewrite dist/config.js).
window.__APP_CONFIG__ = {
  apiUrl: 'http://localhost:8080',
  keycloakUrl: 'http://localhost:8180',
  realm: 'aduan',
  clientId: 'aduan-web',
};
