// The contracts name full API paths (`/api/offers/…`); the routers are mounted at /api.

/** A contract path as its router, mounted at /api, sees it. */
export function route(path: string): string {
  return path.replace(/^\/api(?=\/)/, '');
}

/** The Express pattern of a contract path with an id (the contracts' builders encode ":"). */
export const pattern = (path: (id: string) => string): string => route(path('ID')).replace(/\/ID(?=\/|$)/, '/:id');
