/** Where a page's data stands: not asked yet, on its way, shown, or failed (with a retry). */
export const LoadState = { idle: 'idle', loading: 'loading', loaded: 'loaded', failed: 'failed' } as const;
export type LoadState = (typeof LoadState)[keyof typeof LoadState];
