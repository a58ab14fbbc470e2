/**
 * The HTTP APIs the backend serves, by name, with their current major version. A module names what
 * it calls in its package.json (`"portal": { "requires": { "apis": ["profile@1"] } }`), and a
 * version that needs an API (or an API version) the backend does not serve is refused at publish
 * time. A breaking change of an API is a new version here, served beside the old one while modules
 * still call it.
 */
export const API_VERSIONS = {
  session: 1,
  registry: 1,
  'current-items': 1,
  profile: 1,
  'job-search': 1,
  drafts: 1,
  'unemployment-security': 1,
  'career-radar': 1,
  offers: 1,
  plan: 1,
  training: 1,
  'startup-grant': 1,
} as const satisfies Record<string, number>;

export type ApiName = keyof typeof API_VERSIONS;
