import { http, HttpResponse } from 'msw';
import { apiPath } from './request';
import { resetDemoData } from './seed';

export const demoHandlers = [
  /** Our data back to the demo data, and BigCommerce's memory (codes, app tokens, quotas) cleared. */
  http.post(apiPath('/demo/reset'), async () => {
    const { resetBigCommerceSimulator } = await import('../bigcommerce/state');
    await Promise.all([resetDemoData(), resetBigCommerceSimulator()]);
    return new HttpResponse(null, { status: 204 });
  }),
];
