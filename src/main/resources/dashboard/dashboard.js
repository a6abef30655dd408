// cloudsync-hub dashboard: reads the Reporting API and the sync status of this hub with a bearer token and draws
// them with Chart.js. Every value from the server reaches the page through textContent, attributes set with
// setAttribute/dataset, or Chart.js (which draws on a canvas): never through innerHTML.
(function () {
  'use strict';

  const REFRESH_MS = 5 * 60 * 1000;
  const TOKEN_KEY = 'cloudsync-hub.dashboard.token';
  const TOP_PRODUCTS = 10;
  const ENDPOINTS = {
    sales: '/v1/reports/sales?group_by=day',
    products: '/v1/reports/products/performance?period_days=30&limit=' + TOP_PRODUCTS,
    status: '/v1/dashboard/status'
  };

  const $ = (id) => document.getElementById(id);
  const charts = {};
  let timer = null;

  // ---- tokens: from the hub's dashboard client (POST /dashboard/token), or from a client id and secret ----

  function storedToken() {
    try {
      const token = JSON.parse(sessionStorage.getItem(TOKEN_KEY) || 'null');
      return token && token.access_token && token.expires_at > Date.now() + 30000 ? token : null;
    } catch (e) {
      return null;
    }
  }

  function keepToken(answer, source) {
    const token = {
      access_token: answer.access_token,
      expires_at: Date.now() + Number(answer.expires_in || 0) * 1000,
      source: source
    };
    sessionStorage.setItem(TOKEN_KEY, JSON.stringify(token));
    return token;
  }

  function forgetToken() {
    sessionStorage.removeItem(TOKEN_KEY);
  }

  /** A read-only token for the hub's dashboard client; null when the hub has none configured (404). */
  async function dashboardToken() {
    const answer = await fetch('/dashboard/token', { method: 'POST', credentials: 'omit', cache: 'no-store' });
    if (answer.status === 404) {
      return null;
    }
    if (!answer.ok) {
      throw new Error('the hub gave no dashboard token: ' + await describe(answer));
    }
    return keepToken(await answer.json(), 'dashboard');
  }

  async function currentToken() {
    return storedToken() || await dashboardToken();
  }

  async function signIn(event) {
    event.preventDefault();
    const id = $('client-id').value.trim();
    const secretInput = $('client-secret');
    const form = new URLSearchParams({
      grant_type: 'client_credentials', client_id: id, client_secret: secretInput.value, scope: 'read'
    });
    secretInput.value = '';
    $('login-error').textContent = '';
    try {
      const answer = await fetch('/oauth/token', {
        method: 'POST', body: form, credentials: 'omit', cache: 'no-store',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
      });
      if (!answer.ok) {
        $('login-error').textContent = 'Not signed in: ' + await describe(answer);
        return;
      }
      keepToken(await answer.json(), 'login');
      showDashboard();
      refresh();
    } catch (e) {
      $('login-error').textContent = 'Not signed in: ' + e.message;
    }
  }

  function showLogin(message) {
    stopTimer();
    forgetToken();
    $('content').hidden = true;
    $('refresh').hidden = true;
    $('sign-out').hidden = true;
    $('login').hidden = false;
    $('login-error').textContent = message || '';
    $('updated').textContent = 'Not signed in';
    document.body.dataset.state = 'login';
  }

  function showDashboard() {
    const token = storedToken();
    $('login').hidden = true;
    $('content').hidden = false;
    $('refresh').hidden = false;
    $('sign-out').hidden = !(token && token.source === 'login');
    startTimer();
  }

  class SignInNeeded extends Error {}

  /** GET a JSON resource of the API; a 401 gets a fresh token once, else the viewer is asked to sign in. */
  async function api(path, retried) {
    const token = await currentToken();
    if (!token) {
      throw new SignInNeeded('sign in to see the data');
    }
    const answer = await fetch(path, {
      headers: { 'Authorization': 'Bearer ' + token.access_token, 'Accept': 'application/json' },
      credentials: 'omit', cache: 'no-store'
    });
    if (answer.status === 401 && !retried) {
      forgetToken();
      return api(path, true);
    }
    if (answer.status === 401) {
      throw new SignInNeeded('the hub refused the token: ' + await describe(answer));
    }
    if (!answer.ok) {
      throw new Error(await describe(answer));
    }
    return answer.json();
  }

  async function describe(answer) {
    let text = 'HTTP ' + answer.status;
    try {
      const body = await answer.json();
      const message = body.error_description || body.message || body.error;
      if (message) {
        text += ': ' + String(message).slice(0, 300);
      }
    } catch (e) {
      // not JSON: the status says enough
    }
    return text;
  }

  // ---- formatting ----

  const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

  function show(id, value, format) {
    const element = $(id);
    const number = Number(value);
    if (value === null || value === undefined || !isFinite(number)) {
      element.textContent = '–';
      element.removeAttribute('data-value');
      return;
    }
    element.textContent = format.format(number);
    element.dataset.value = String(value);
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) {
      return '–';
    }
    if (seconds < 120) {
      return seconds + ' s';
    }
    if (seconds < 7200) {
      return Math.round(seconds / 60) + ' min';
    }
    if (seconds < 172800) {
      return Math.round(seconds / 3600) + ' h';
    }
    return Math.round(seconds / 86400) + ' d';
  }

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
    return td;
  }

  function short(text, length) {
    const value = String(text === null || text === undefined ? '' : text);
    return value.length > length ? value.slice(0, length - 1) + '…' : value;
  }

  // ---- panels ----

  function renderSales(sales) {
    const data = Array.isArray(sales.data) ? sales.data : [];
    show('total-sales', sales.total_sales, money);
    show('total-orders', sales.total_orders, whole);
    const average = sales.average_ticket !== undefined && sales.average_ticket !== null ? sales.average_ticket
      : (sales.total_orders ? sales.total_sales / sales.total_orders : null);
    show('average-ticket', average, money);
    $('sales-range').textContent = sales.start_date && sales.end_date
      ? sales.start_date + ' – ' + sales.end_date + (sales.timezone ? ' (' + sales.timezone + ')' : '') : '';
    $('sales-error').hidden = true;
    lineChart(data.map((d) => String(d.date)), data.map((d) => Number(d.total)), data.map((d) => Number(d.orders)));
    renderChannels(Array.isArray(sales.channels) ? sales.channels : []);
  }

  /** Sales per channel: the web shop and each marketplace (the sales report's channels). */
  function renderChannels(channels) {
    const body = $('channels-table').querySelector('tbody');
    body.replaceChildren();
    for (const channel of channels) {
      const row = document.createElement('tr');
      row.dataset.channel = String(channel.channel);
      row.dataset.kind = String(channel.kind);
      row.dataset.sales = String(channel.total);
      cell(row, channel.channel);
      cell(row, whole.format(Number(channel.orders)), 'num');
      cell(row, money.format(Number(channel.total)), 'num');
      body.appendChild(row);
    }
    if (channels.length === 0) {
      const row = document.createElement('tr');
      const td = cell(row, 'No sales in the last 30 days.');
      td.colSpan = 3;
      body.appendChild(row);
    }
    const labels = channels.map((c) => String(c.channel));
    const totals = channels.map((c) => Number(c.total));
    const colours = channels.map((c) => c.kind === 'shop' ? '#1f6feb' : '#bf8700');
    if (charts.channels) {
      charts.channels.data.datasets[0].backgroundColor = colours;
    }
    if (redrawn(charts.channels, labels, totals, {})) {
      return;
    }
    charts.channels = new Chart($('channels-chart'), {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: 'Sales', data: totals, backgroundColor: colours }] },
      options: {
        indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (context) => money.format(context.parsed.x) } }
        },
        scales: { x: { beginAtZero: true } }
      }
    });
  }

  /** Puts new data (and what its tooltips read) into a chart drawn before; false when there is none yet. */
  function redrawn(chart, labels, values, tooltipData) {
    if (!chart) {
      return false;
    }
    chart.data.labels = labels;
    chart.data.datasets[0].data = values;
    Object.assign(chart, tooltipData);
    chart.update();
    return true;
  }

  function lineChart(labels, totals, orders) {
    const canvas = $('sales-chart');
    if (redrawn(charts.sales, labels, totals, { $orders: orders })) {
      return;
    }
    charts.sales = new Chart(canvas, {
      type: 'line',
      data: {
        labels: labels,
        datasets: [{
          label: 'Sales', data: totals, borderColor: '#1f6feb', backgroundColor: 'rgba(31,111,235,.15)',
          fill: true, tension: 0.25, pointRadius: 2
        }]
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (context) => money.format(context.parsed.y) + ' · ' + (charts.sales.$orders[context.dataIndex] || 0)
                + ' orders'
            }
          }
        },
        scales: {
          x: { ticks: { maxRotation: 0, autoSkip: true, callback: function (value) {
            return String(this.getLabelForValue(value)).slice(5);
          } } },
          y: { beginAtZero: true }
        }
      }
    });
    charts.sales.$orders = orders;
  }

  function renderProducts(performance) {
    const products = (Array.isArray(performance.top_products) ? performance.top_products : []).slice(0, TOP_PRODUCTS);
    const body = $('products-table').querySelector('tbody');
    body.replaceChildren();
    for (const product of products) {
      const row = document.createElement('tr');
      row.dataset.productId = String(product.id);
      row.dataset.sales = String(product.sales);
      row.dataset.units = String(product.units);
      cell(row, product.name);
      cell(row, product.sku, "nowrap");
      cell(row, whole.format(Number(product.units)), 'num');
      cell(row, money.format(Number(product.sales)), 'num');
      body.appendChild(row);
    }
    if (products.length === 0) {
      const row = document.createElement('tr');
      const td = cell(row, 'No sales in the last 30 days.');
      td.colSpan = 4;
      body.appendChild(row);
    }
    $('products-error').hidden = true;
    barChart(products.map((p) => String(p.name)), products.map((p) => Number(p.sales)));
  }

  function barChart(names, sales) {
    const labels = names.map((name) => short(name, 22));
    if (redrawn(charts.products, labels, sales, { $names: names })) {
      return;
    }
    charts.products = new Chart($('products-chart'), {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: 'Sales', data: sales, backgroundColor: '#2da44e' }] },
      options: {
        indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => items.length ? charts.products.$names[items[0].dataIndex] : '',
              label: (context) => money.format(context.parsed.x)
            }
          }
        },
        scales: { x: { beginAtZero: true } }
      }
    });
    charts.products.$names = names;
  }

  function renderStatus(status) {
    show('dead-letters', status.dead_letters_pending, whole);
    const body = $('status-table').querySelector('tbody');
    body.replaceChildren();
    for (const flow of Array.isArray(status.flows) ? status.flows : []) {
      const row = document.createElement('tr');
      row.dataset.flow = String(flow.flow);
      cell(row, flow.flow);
      const state = cell(row, '');
      const badge = document.createElement('span');
      badge.className = 'badge ' + (['idle', 'running', 'failed'].includes(flow.status) ? flow.status : '');
      badge.textContent = String(flow.status || '');
      state.appendChild(badge);
      cell(row, flow.synced_until ? String(flow.synced_until).replace('T', ' ').slice(0, 19)
        + (flow.zone ? ' ' + flow.zone : '') : '–');
      cell(row, duration(flow.lag_seconds), 'num');
      const error = cell(row, flow.last_error ? short(flow.last_error, 160) : '', 'error-text');
      if (flow.last_error) {
        error.setAttribute('title', String(flow.last_error));
      }
      body.appendChild(row);
    }
    $('status-error').hidden = true;
    renderInventory(status.inventory || {});
  }

  // the ERP's inventory automation: open shortages and the latest decisions (SKUs and quantities only)
  function renderInventory(inventory) {
    show('open-shortages', inventory.open_shortages, whole);
    const when = (instant) => instant ? String(instant).replace('T', ' ').slice(0, 16) + ' UTC' : '–';
    const shortages = $('shortages-table').querySelector('tbody');
    shortages.replaceChildren();
    for (const row of Array.isArray(inventory.shortages) ? inventory.shortages : []) {
      const tr = document.createElement('tr');
      tr.dataset.sku = String(row.sku);
      cell(tr, row.sku);
      cell(tr, row.store_quantity, 'num');
      cell(tr, row.quantity, 'num');
      cell(tr, row.tryton_id ? 'purchase.request ' + row.tryton_id : 'being raised');
      cell(tr, when(row.opened_at));
      shortages.appendChild(tr);
    }
    const decisions = $('decisions-table').querySelector('tbody');
    decisions.replaceChildren();
    for (const row of Array.isArray(inventory.decisions) ? inventory.decisions : []) {
      const tr = document.createElement('tr');
      tr.dataset.sku = String(row.sku);
      cell(tr, when(row.decided_at));
      cell(tr, row.sku);
      cell(tr, row.action);
      cell(tr, row.store_quantity, 'num');
      cell(tr, row.tryton_available, 'num');
      cell(tr, row.quantity, 'num');
      decisions.appendChild(tr);
    }
  }

  function panelError(id, what, error) {
    const element = $(id);
    element.textContent = what + ' could not be loaded: ' + error.message;
    element.hidden = false;
  }

  // ---- refresh ----

  async function refresh() {
    document.body.dataset.state = 'loading';
    const [sales, products, status] = await Promise.allSettled(
      [api(ENDPOINTS.sales), api(ENDPOINTS.products), api(ENDPOINTS.status)]);
    const failures = [sales, products, status].filter((r) => r.status === 'rejected').map((r) => r.reason);
    if (failures.some((e) => e instanceof SignInNeeded)) {
      showLogin(failures.find((e) => e instanceof SignInNeeded).message);
      return;
    }
    showDashboard();
    if (typeof Chart === 'undefined') {
      $('error').textContent = 'The charts library did not load (/webjars/chart.js).';
      $('error').hidden = false;
    }
    settle(sales, renderSales, 'sales-error', 'Sales');
    settle(products, renderProducts, 'products-error', 'Top products');
    settle(status, renderStatus, 'status-error', 'Sync status');
    $('updated').textContent = 'Updated ' + new Date().toLocaleTimeString();
    document.body.dataset.errors = String(failures.length);
    document.body.dataset.state = 'ready';
  }

  function settle(result, render, errorId, what) {
    if (result.status === 'fulfilled') {
      try {
        render(result.value);
        return;
      } catch (e) {
        panelError(errorId, what, e);
        return;
      }
    }
    panelError(errorId, what, result.reason);
  }

  function startTimer() {
    if (!timer) {
      timer = setInterval(refresh, REFRESH_MS);
    }
  }

  function stopTimer() {
    if (timer) {
      clearInterval(timer);
      timer = null;
    }
  }

  async function start() {
    $('login-form').addEventListener('submit', signIn);
    $('refresh').addEventListener('click', refresh);
    $('sign-out').addEventListener('click', () => showLogin(''));
    try {
      const token = await currentToken();
      if (!token) {
        showLogin('');
        return;
      }
      showDashboard();
      await refresh();
    } catch (e) {
      showLogin(e.message);
    }
  }

  document.addEventListener('DOMContentLoaded', start);
}());
