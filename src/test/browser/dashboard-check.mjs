// Opens the hub's dashboard in the system's Chromium (playwright-core, no browser download), waits until its
// data and charts are drawn, and prints what it shows as one line of JSON on standard output, for
// DashboardBrowserTest to compare with the Reporting API's answers. Also saves two screenshots: the desktop
// view and a phone-size one (390 x 844), and reports whether the phone view scrolls sideways.
//
//   node dashboard-check.mjs <dashboard-url> <desktop.png> <phone.png> <fresh-user-data-dir>
//
// Environment: CHROMIUM (default /usr/bin/chromium), DASHBOARD_TIMEOUT_MS (default 60000), and
// DASHBOARD_CLIENT_ID / DASHBOARD_CLIENT_SECRET: an API client with the scope read, to check the sign-in form too
// (in a tab of its own where POST /dashboard/token answers 404, as on a hub without hub.api.dashboard-client).
import { chromium } from 'playwright-core';

const [url, desktopShot, phoneShot, userDataDir] = process.argv.slice(2);
if (!url || !desktopShot || !phoneShot || !userDataDir) {
  console.error('usage: node dashboard-check.mjs <dashboard-url> <desktop.png> <phone.png> <fresh-user-data-dir>');
  process.exit(2);
}
const timeout = Number(process.env.DASHBOARD_TIMEOUT_MS || 60000);

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
  timeout: timeout
});

const consoleErrors = [];
const pageErrors = [];
const failedRequests = [];

async function open(page) {
  page.on('console', (message) => {
    if (message.type() === 'error') {
      consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('requestfailed', (request) => failedRequests.push(request.url() + ' ' + (request.failure() || {}).errorText));
  page.on('response', (response) => {
    if (response.status() >= 400) {
      failedRequests.push(response.url() + ' ' + response.status());
    }
  });
  await page.goto(url, { waitUntil: 'load', timeout });
  await page.waitForSelector('body[data-state="ready"], body[data-state="login"]', { timeout });
  // both charts drawn: Chart.js has an instance on each canvas with its data
  await page.waitForFunction(() => typeof Chart !== 'undefined'
      && Chart.getChart(document.getElementById('sales-chart'))
      && Chart.getChart(document.getElementById('products-chart')), null, { timeout });
}

/** What the page shows, read from the DOM and the charts. */
function shown() {
  const kpi = (id) => {
    const element = document.getElementById(id);
    return { text: element.textContent, value: element.dataset.value === undefined ? null : element.dataset.value };
  };
  const chart = (id) => {
    const instance = Chart.getChart(document.getElementById(id));
    const canvas = document.getElementById(id);
    return {
      type: instance.config.type,
      labels: instance.data.labels.map(String),
      data: instance.data.datasets[0].data.map(Number),
      width: canvas.width,
      height: canvas.height
    };
  };
  const text = (element) => element.textContent;
  return {
    state: document.body.dataset.state,
    errors: Number(document.body.dataset.errors || 0),
    errorTexts: Array.from(document.querySelectorAll('.error')).map(text).filter((t) => t.trim() !== ''),
    totalSales: kpi('total-sales'),
    totalOrders: kpi('total-orders'),
    averageTicket: kpi('average-ticket'),
    deadLetters: kpi('dead-letters'),
    salesRange: document.getElementById('sales-range').textContent,
    topProducts: Array.from(document.querySelectorAll('#products-table tbody tr[data-product-id]')).map((row) => ({
      id: row.dataset.productId,
      sales: row.dataset.sales,
      units: row.dataset.units,
      cells: Array.from(row.cells).map(text)
    })),
    flows: Array.from(document.querySelectorAll('#status-table tbody tr')).map((row) => ({
      flow: row.dataset.flow,
      cells: Array.from(row.cells).map(text)
    })),
    openShortages: kpi('open-shortages'),
    shortageRows: document.querySelectorAll('#shortages-table tbody tr').length,
    decisionRows: document.querySelectorAll('#decisions-table tbody tr').length,
    salesChart: chart('sales-chart'),
    productsChart: chart('products-chart'),
    tokenInSessionStorage: Object.keys(sessionStorage).length > 0,
    tokenInLocalStorage: Object.keys(localStorage).length > 0
  };
}

/** The sign-in form: a wrong secret is refused, the right one shows the data, only the token is kept. */
async function signIn() {
  const id = process.env.DASHBOARD_CLIENT_ID;
  const secret = process.env.DASHBOARD_CLIENT_SECRET;
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.route('**/dashboard/token', (route) => route.fulfill({
    status: 404, contentType: 'application/json',
    body: JSON.stringify({ error: 'not_found', message: 'no dashboard client is configured' })
  }));
  await page.goto(url, { waitUntil: 'load', timeout });
  await page.waitForSelector('body[data-state="login"]', { timeout });
  const formShown = await page.isVisible('#login-form');
  const dataHidden = await page.isHidden('#content');

  await page.fill('#client-id', id);
  await page.fill('#client-secret', secret + '-wrong');
  await page.click('#login-form button[type=submit]');
  await page.waitForFunction(() => document.getElementById('login-error').textContent.trim() !== '', null, { timeout });
  const refused = await page.textContent('#login-error');

  await page.fill('#client-secret', secret);
  await page.click('#login-form button[type=submit]');
  await page.waitForSelector('body[data-state="ready"]', { timeout });
  await page.waitForFunction(() => typeof Chart !== 'undefined'
      && Chart.getChart(document.getElementById('products-chart')), null, { timeout });
  const signedIn = await page.evaluate((secretText) => ({
    totalSales: document.getElementById('total-sales').dataset.value || null,
    topProducts: document.querySelectorAll('#products-table tbody tr[data-product-id]').length,
    secretInputEmpty: document.getElementById('client-secret').value === '',
    secretStored: JSON.stringify(Object.assign({}, sessionStorage)).includes(secretText)
        || JSON.stringify(Object.assign({}, localStorage)).includes(secretText),
    tokenScope: JSON.parse(atob(JSON.parse(Object.values(sessionStorage)[0]).access_token.split('.')[1]
        .replace(/-/g, '+').replace(/_/g, '/'))).scope,
    signOutShown: !document.getElementById('sign-out').hidden
  }), secret);

  await page.click('#sign-out');
  await page.waitForSelector('body[data-state="login"]', { timeout });
  const afterSignOut = await page.evaluate(() => ({
    sessionStorageKeys: Object.keys(sessionStorage).length,
    dataHidden: document.getElementById('content').hidden
  }));
  await page.close();
  return { formShown, dataHidden, refused, signedIn, afterSignOut, pageErrors: errors };
}

let result;
try {
  const page = context.pages()[0] || await context.newPage();
  await open(page);
  const desktop = await page.evaluate(shown);
  await page.screenshot({ path: desktopShot, fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload({ waitUntil: 'load', timeout });
  await page.waitForSelector('body[data-state="ready"]', { timeout });
  await page.waitForFunction(() => Chart.getChart(document.getElementById('sales-chart')), null, { timeout });
  const phone = await page.evaluate(() => ({
    viewportWidth: window.innerWidth,
    pageWidth: document.documentElement.scrollWidth,
    widestCard: Math.max(...Array.from(document.querySelectorAll('.card')).map((c) => c.getBoundingClientRect().right)),
    viewport: document.querySelector('meta[name=viewport]').getAttribute('content')
  }));
  await page.screenshot({ path: phoneShot, fullPage: true });
  const login = process.env.DASHBOARD_CLIENT_ID ? await signIn() : null;
  result = { url, desktop, phone, login, consoleErrors, pageErrors, failedRequests };
} finally {
  await context.close();
}
console.log(JSON.stringify(result));
