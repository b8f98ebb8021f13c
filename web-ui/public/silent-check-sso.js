// Keycloak's silent check-sso ends on silent-check-sso.html, inside a hidden frame of the app: this
// hands the result to keycloak-js. A file, not an inline script: the app's Content-Security-Policy
// allows scripts from its own origin only.
parent.postMessage(location.href, location.origin);
