// A CloudSync API client in plain Node 20 (fetch, no npm packages), written the way the CloudSync seed's
// JavaScript client, reporting client and dashboard call the API: base URL http://host:port/v1, a bearer token
// from /oauth/token, Content-Type and Accept: application/json on every request, the same paths, query parameters
// and answer keys. NodeClientTest runs it against the hub on the sandbox and checks what it prints.
//
//   node src/test/node/cloudsync-client.mjs <baseUrl> <clientId> <secret>
//   node src/test/node/cloudsync-client.mjs <baseUrl> <clientId> <secret> --changes-since <epoch milliseconds>
//
// It prints one JSON object: what each call answered, and the parameters it sent. With --changes-since it makes
// only the seed's incremental sync: the products changed since a Date its local database kept, the Date put in the
// query as it is (String(date): "Mon Dec 07 2026 10:15:00 GMT+0100 (…)").

const [baseUrl, clientId, secret, mode, modeArgument] = process.argv.slice(2);
if (!baseUrl || !clientId || !secret) {
  console.error('usage: node cloudsync-client.mjs <baseUrl ending in /v1> <clientId> <secret>');
  process.exit(2);
}

async function getToken() {
  const response = await fetch(new URL('/oauth/token', baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
  });
  if (!response.ok) {
    throw new Error(`token: HTTP ${response.status}`);
  }
  return (await response.json()).access_token;
}

class CloudSyncClient {
  constructor(token, base) {
    this.base = base;
    this.headers = {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
    };
  }

  async call(path, params, init = {}) {
    const query = params && [...params].length ? `?${params}` : '';
    const response = await fetch(`${this.base}${path}${query}`, { headers: this.headers, ...init });
    if (!response.ok) {
      throw new Error(`${path}: HTTP ${response.status}: ${await response.text()}`);
    }
    return response;
  }

  async syncProducts(lastSync = null, limit = 100) {
    const params = new URLSearchParams();
    if (lastSync) params.append('last_sync', lastSync);
    params.append('limit', limit.toString());
    return (await this.call('/sync/products', params)).json();
  }

  async updateProducts(products) {
    return (await this.call('/sync/products', null, { method: 'PUT', body: JSON.stringify({ products }) })).json();
  }

  async syncOrders(lastSync = null) {
    const params = new URLSearchParams();
    if (lastSync) params.append('last_sync', lastSync);
    return (await this.call('/sync/orders', params)).json();
  }

  async syncCustomers(lastSync = null) {
    const params = new URLSearchParams();
    if (lastSync) params.append('last_sync', lastSync);
    return (await this.call('/sync/customers', params)).json();
  }

  async getSalesReport(startDate, endDate, groupBy = 'day') {
    const params = new URLSearchParams({
      start_date: startDate.toISOString(),
      end_date: endDate.toISOString(),
      group_by: groupBy,
    });
    return { params: Object.fromEntries(params), report: await (await this.call('/reports/sales', params)).json() };
  }

  async getProductPerformance(productIds = null, periodDays = 30) {
    const params = new URLSearchParams({ period_days: String(periodDays) });
    if (productIds) params.append('product_ids', productIds.join(','));
    return (await this.call('/reports/products/performance', params)).json();
  }

  async getCustomerAnalytics(segment = null) {
    const params = new URLSearchParams();
    if (segment) params.append('segment', segment);
    return (await this.call('/reports/customers/analytics', params)).json();
  }

  async exportData(reportType, format = 'csv', extra = {}) {
    const params = new URLSearchParams({ format, ...extra });
    const response = await this.call(`/reports/${reportType}/export`, params);
    return {
      contentType: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      body: await response.text(),
    };
  }
}

/** Every change of a feed, asking again with the answer's sync_time while has_more (as an incremental sync does). */
async function follow(first, next, key) {
  const records = [];
  let page = await first();
  records.push(...page[key]);
  let pages = 1;
  while (page.has_more && pages < 1000) {
    page = await next(page.sync_time);
    records.push(...page[key]);
    pages++;
  }
  return { pages, sync_time: page.sync_time, records };
}

const summary = (records) => records.map((r) => ({ id: r.id, sync_action: r.sync_action, version: r.version }));
const quantities = (records) => records.map((r) => ({
  id: r.id,
  quantities: (r.variations || []).map((v) => ({ combination_id: v.combination_id, quantity: v.quantity })),
}));

const api = new CloudSyncClient(await getToken(), baseUrl);
const out = {};

if (mode === '--changes-since') {
  const lastSync = new Date(Number(modeArgument));
  const changes = await api.syncProducts(lastSync);
  console.log(JSON.stringify({ last_sync: String(lastSync), has_more: changes.has_more, products: changes.products }));
  process.exit(0);
}

const products = await follow(() => api.syncProducts(null, 25), (since) => api.syncProducts(since, 25), 'products');
out.products = { pages: products.pages, records: summary(products.records), stock: quantities(products.records) };
const orders = await follow(() => api.syncOrders(), (since) => api.syncOrders(since), 'orders');
out.orders = { pages: orders.pages, records: summary(orders.records) };
const customers = await follow(() => api.syncCustomers(), (since) => api.syncCustomers(since), 'customers');
out.customers = { pages: customers.pages, records: summary(customers.records) };
// nothing changed since: an incremental sync from the last sync_time gets no products
out.incremental = (await api.syncProducts(products.sync_time)).products.length;

// the dashboard: the last 30 days by day, and the top products of 30 days
const endDate = new Date();
const startDate = new Date(endDate.getTime() - 30 * 24 * 60 * 60 * 1000);
out.sales = await api.getSalesReport(startDate, endDate, 'day');
out.dashboard = {
  total_sales: out.sales.report.total_sales,
  total_orders: out.sales.report.total_orders,
  average_ticket: (out.sales.report.total_sales / out.sales.report.total_orders).toFixed(2),
  sum_of_days: out.sales.report.data.reduce((sum, d) => sum + d.total, 0),
  labels: out.sales.report.data.map((d) => d.date),
};
// the same range with the Date objects put in the query as they are (String(date): "Mon Oct 24 2026 16:21:34 GMT+0000 (…)")
const raw = new URLSearchParams({ start_date: startDate, end_date: endDate, group_by: 'day' });
out.sales_from_dates = { params: Object.fromEntries(raw), report: await (await api.call('/reports/sales', raw)).json() };
out.performance = await api.getProductPerformance(null, 30);
out.top_names = out.performance.top_products.map((p) => p.name);
out.analytics = await api.getCustomerAnalytics();
out.vip = await api.getCustomerAnalytics('vip');
out.export = await api.exportData('sales', 'csv', { start_date: out.sales.params.start_date, end_date: out.sales.params.end_date, group_by: 'day' });

// last, as the report figures name products: the local change the bidirectional sync pushes: a new name for the first product, with the version it read
const first = products.records.find((r) => r.sync_action !== 'delete');
const newName = `${first.name} (desde Node)`;
out.update = { id: first.id, name: newName, result: await api.updateProducts([{ id: first.id, version: first.version, name: newName }]) };
// the same version again is stale now
out.stale = await api.updateProducts([{ id: first.id, version: first.version, name: 'otro nombre' }]);

console.log(JSON.stringify(out));
