// The one source of "now" for everything that expires (sessions, codes, ID tokens, rate-limit
// windows), so tests can move time instead of sleeping.
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
