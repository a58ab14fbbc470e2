// The mock identity provider's fixed facts: who it is, its one client, and how long things live.

/**
 * The `iss` of its ID tokens. Not a URL of this server: the portal is reachable under many hosts
 * (localhost, a test port, a proxy), and the issuer must be one fixed value the client checks.
 */
export const IDP_ISSUER = 'urn:portal-mock:suomi-fi-idp';

/** The portal as the IdP's one registered client (a public client: PKCE instead of a secret). */
export const PORTAL_CLIENT = {
  clientId: 'portal',
  redirectUri: '/auth/callback',
} as const;

/** An authorization code is good for one redemption within this time (Suomi.fi: short). */
export const CODE_LIFETIME_SECONDS = 120;

/** ID tokens are verified right after they are issued, so a short life is plenty. */
export const ID_TOKEN_LIFETIME_SECONDS = 60;

/** The IdP's own single sign-on session ("continue as …"); its cookie has no expiry, the row does. */
export const IDP_SESSION_SECONDS = 8 * 3600;

export const IDP_SIGNING_ALGORITHM = 'ES256';
