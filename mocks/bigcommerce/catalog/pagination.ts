// Offset pagination as BigCommerce does it (FACTS §7): `page` from 1, `limit` 50 by default and
// 250 at most. A value that is not a whole number of at least 1 counts as not given.
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 250;

export interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly limit: number;
  readonly total: number;
  readonly totalPages: number;
}

function positiveWhole(text: string | null): number | undefined {
  if (text === null || !/^\d{1,9}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 ? value : undefined;
}

/** The page the request's `page` and `limit` ask for. */
export function pageOf<T>(items: readonly T[], url: URL): Page<T> {
  const page = positiveWhole(url.searchParams.get('page')) ?? 1;
  const limit = Math.min(positiveWhole(url.searchParams.get('limit')) ?? DEFAULT_LIMIT, MAX_LIMIT);
  const start = (page - 1) * limit;
  return { items: items.slice(start, start + limit), page, limit, total: items.length, totalPages: Math.ceil(items.length / limit) };
}

/** v3 `meta.pagination` (products_catalog.v3.yml, pagination_Full): links are query strings. */
export function v3Pagination(page: Page<unknown>) {
  const link = (number: number) => `?page=${number}&limit=${page.limit}`;
  return {
    total: page.total,
    count: page.items.length,
    per_page: page.limit,
    current_page: page.page,
    total_pages: page.totalPages,
    links: {
      ...(page.page > 1 ? { previous: link(page.page - 1) } : {}),
      current: link(page.page),
      ...(page.page < page.totalPages ? { next: link(page.page + 1) } : {}),
    },
  };
}
