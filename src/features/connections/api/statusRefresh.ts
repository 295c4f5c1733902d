/**
 * The server checks connections in the background (CHECK_INTERVAL): the list and a connection's
 * page, left open, ask again this often, so that the status they show is never much older than
 * the server's. The list asks again only for the pages it shows (an infinite query refetches the
 * pages it has loaded, in turn), never for every connection. Only there: a form being filled in is
 * never refreshed under the person's hands, and the in-browser demo has no background checks.
 */
export const statusRefreshMs = import.meta.env.MODE === 'server' ? 15_000 : false;
