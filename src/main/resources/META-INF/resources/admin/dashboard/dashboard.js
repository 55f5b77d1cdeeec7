// Application Manager operations dashboard: no build step, no dependencies. Data arrives as server-sent events
// from /api/v1/admin/dashboard/stream; actions call the admin API. Text from messages is always set with
// textContent, never parsed as HTML.
(function () {
  'use strict';
  const api = '../../api/v1/admin/';
  const history = [];           // {at, publish, deliver, depth} for the throughput chart
  const HISTORY_MS = 5 * 60 * 1000;
  let deadLetterQueue = null;
  let lastDeadLetterDepth = null;
  let paused = false;

  const $ = (id) => document.getElementById(id);

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(([key, value]) => {
      if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key === 'className') node.className = value;
      else node.setAttribute(key, value);
    });
    children.flat().forEach((child) => node.append(child instanceof Node ? child : String(child ?? '')));
    return node;
  }

  function cell(value, className) {
    return el('td', className ? { className } : {}, value);
  }

  const percent = (v) => (v === undefined || v === null ? '–' : (v * 100).toFixed(1) + '%');
  const ms = (v) => (v === undefined || v === null ? '–' : v < 1000 ? Math.round(v) + ' ms' : (v / 1000).toFixed(2) + ' s');
  const rate = (v) => (v === undefined || v === null ? '–' : v ? v.toFixed(1) : '0');
  const count = (v) => (v === undefined || v === null ? '–' : v);
  // The one time format of the page: the time of day, with the date in front when it is not today.
  function when(iso) {
    if (!iso) return '';
    const at = new Date(iso);
    return at.toDateString() === new Date().toDateString() ? at.toLocaleTimeString() : at.toLocaleString();
  }
  function age(seconds, source) {
    if (seconds === undefined || seconds === null) return '–';
    const text = seconds < 60 ? Math.round(seconds) + ' s' : seconds < 3600 ? Math.round(seconds / 60) + ' min'
      : (seconds / 3600).toFixed(1) + ' h';
    return source === 'timeline' ? text + ' *' : text;
  }

  function notify(text, isError) {
    $('notice').textContent = text;
    $('notice').className = isError ? 'error' : '';
  }

  async function call(method, path, body) {
    const response = await fetch(api + path, {
      method,
      credentials: 'same-origin',
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const payload = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
    if (response.status === 401) {
      signInAgain();
    }
    if (!response.ok) {
      throw new Error(payload?.detail || response.status + ' ' + response.statusText);
    }
    return payload;
  }

  function renderQueues(broker) {
    const body = $('queues').tBodies[0];
    body.replaceChildren(...broker.queues.map((q) => el('tr', { dataset: { queue: q.name, kind: q.kind } },
      cell(q.name), cell(q.kind), cell(q.ready, 'num ready' + (q.ready === 0 ? ' zero' : '')),
      cell(count(q.unacked), 'num unacked'), cell(q.consumers, 'num consumers'), cell(rate(q.publishRate), 'num publish'),
      cell(rate(q.deliverRate), 'num deliver'), cell(age(q.oldestAgeSeconds, q.oldestAgeSource), 'num oldest'))));
    const outbox = broker.outboxBacklog === undefined ? 'outbox: unknown'
      : 'outbox: ' + broker.outboxBacklog + ' waiting, oldest ' + age(broker.outboxOldestAgeSeconds);
    $('outbox').textContent = outbox + ' · * age estimated from the timeline (RabbitMQ 3.10 reports none for quorum queues)';
    const note = $('broker-note');
    note.hidden = broker.managementUp;
    note.textContent = broker.source === 'amqp'
      ? 'RabbitMQ\'s management API does not answer (' + broker.managementError + '): ready and consumers come from '
        + 'AMQP; unacked, publish/s and deliver/s (–) need the management plugin: rabbitmq-plugins enable rabbitmq_management'
      : 'Queue figures unavailable: ' + broker.managementError;
    const dead = broker.queues.find((q) => q.kind === 'dead-letter');
    if (dead) {
      deadLetterQueue = dead.name;
      if (dead.ready !== lastDeadLetterDepth) {
        lastDeadLetterDepth = dead.ready;
        loadDeadLetters();
      }
    }
    // every work queue (one per tier) summed; the tiers' own figures are in the caption
    const work = broker.queues.filter((q) => q.kind === 'work');
    if (work.length) {
      const sum = (key) => work.reduce((total, q) => total + (q[key] || 0), 0);
      history.push({ at: Date.parse(broker.at), publish: sum('publishRate'), deliver: sum('deliverRate'),
        depth: sum('ready') + sum('unacked'), rates: broker.managementUp });
      while (history.length && history[0].at < Date.now() - HISTORY_MS) history.shift();
      renderChart();
      $('tiers').textContent = work.map((q) => q.name.split('.').pop() + ': ' + rate(q.publishRate) + ' in, '
        + rate(q.deliverRate) + ' out/s, depth ' + (q.ready + (q.unacked || 0))).join(' · ');
    }
  }

  function renderChart() {
    const svg = $('throughput');
    const width = 600, height = 200, now = Date.now();
    const top = Math.max(1, ...history.map((p) => Math.max(p.publish, p.deliver, p.depth)));
    const x = (at) => width - ((now - at) / HISTORY_MS) * width;
    const y = (v) => height - 10 - (v / top) * (height - 20);
    const line = (key, color) => {
      const points = history.filter((p) => key === 'depth' || p.rates).map((p) => x(p.at).toFixed(1) + ',' + y(p[key]).toFixed(1)).join(' ');
      const polyline = document.createElementNS('http://www.w3.org/2000/svg', 'polyline');
      polyline.setAttribute('points', points);
      polyline.setAttribute('fill', 'none');
      polyline.setAttribute('stroke', color);
      polyline.setAttribute('stroke-width', '2');
      polyline.dataset.series = key;
      return polyline;
    };
    const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    label.setAttribute('x', '4');
    label.setAttribute('y', '14');
    label.setAttribute('font-size', '11');
    label.textContent = 'max ' + top.toFixed(1);
    svg.replaceChildren(label, line('depth', '#d68b00'), line('publish', '#2f6fde'), line('deliver', '#1f9d55'));
  }

  function renderRates(report) {
    const rows = report.rows.length ? report.rows : [];
    $('rates').tBodies[0].replaceChildren(...rows.map((r) => el('tr', { dataset: { type: r.key } },
      cell(r.key), cell(r.attempts, 'num'), cell(percent(r.successRate), 'num success'),
      cell(percent(r.retryRate), 'num'), cell(percent(r.deadLetterRate), 'num'),
      cell(ms(r.processingMs?.p50), 'num p50'), cell(ms(r.processingMs?.p95), 'num'), cell(ms(r.processingMs?.p99), 'num'))));
  }

  function renderFailures(failures) {
    $('failures').replaceChildren(...failures.map((f) => el('li', {},
      el('span', { className: 'status' }, f.status), ' ', when(f.at), ' · ', f.type, ' · ',
      f.applicationId, f.step ? ' · step ' + f.step : '', ' — ', f.errorMessage || f.reason || '')));
  }

  function renderConsumption(isPaused) {
    paused = isPaused;
    $('consumption').textContent = isPaused ? 'consumption paused' : 'consuming';
    $('consumption').hidden = false;
    $('consumption').className = 'badge' + (isPaused ? ' paused' : '');
    $('pause-toggle').textContent = isPaused ? 'Resume consumption' : 'Pause consumption';
  }

  async function loadDeadLetters() {
    try {
      const page = await call('GET', 'dead-letters?limit=50');
      $('dead-letter-total').textContent = page.total + ' waiting' + (page.total > page.items.length ? ', first 50 shown' : '');
      $('dead-letters').tBodies[0].replaceChildren(...page.items.map((d) => el('tr', { dataset: { application: d.applicationId || '' } },
        cell(d.position + 1, 'num'), cell(d.applicationId || '(unreadable)'), cell(d.type || ''), cell(d.tenant || ''),
        cell(d.reason || ''), cell(d.attempts ?? '', 'num'), cell(d.errorMessage || '', 'error'), cell(when(d.lastFailure), 'last-failure'),
        cell(d.applicationStatus || ''),
        el('td', {}, d.applicationId ? el('button', { type: 'button', className: 'reprocess', 'data-id': d.applicationId }, 'Reprocess') : ''))));
    } catch (e) {
      if (!String(e.message).includes('try again')) notify('Could not read the dead-letter queue: ' + e.message, true);
    }
  }

  async function reprocess(body, what) {
    try {
      const result = await call('POST', 'dead-letters/reprocess', body);
      const skipped = result.skipped.length ? '; skipped ' + result.skipped.length + ' (' + result.skipped[0].reason + ')' : '';
      notify('Reprocessed ' + result.reprocessed + ' of ' + what + skipped);
    } catch (e) {
      notify('Reprocess failed: ' + e.message, true);
    }
    loadDeadLetters();
  }

  $('dead-letters').addEventListener('click', (event) => {
    const button = event.target.closest('button.reprocess');
    if (button) {
      button.disabled = true;
      reprocess({ applicationIds: [button.dataset.id] }, 'application ' + button.dataset.id);
    }
  });
  $('reprocess-all').addEventListener('click', () => reprocess({ all: true }, 'all dead letters'));
  $('purge-open').addEventListener('click', () => {
    $('purge-queue-name').textContent = deadLetterQueue || '';
    $('purge-form').hidden = false;
    $('purge-confirm').focus();
  });
  $('purge-cancel').addEventListener('click', () => { $('purge-form').hidden = true; });
  $('purge-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const result = await call('POST', 'queues/' + encodeURIComponent(deadLetterQueue) + '/purge',
        { confirm: $('purge-confirm').value });
      notify('Purged ' + result.purged + ' message(s) from ' + result.queue);
      $('purge-form').hidden = true;
      $('purge-confirm').value = '';
    } catch (e) {
      notify('Purge refused: ' + e.message, true);
    }
    loadDeadLetters();
  });
  $('pause-toggle').addEventListener('click', async () => {
    try {
      const state = await call('POST', 'consumption/' + (paused ? 'resume' : 'pause'));
      renderConsumption(state.paused);
      notify(state.paused ? 'Consumption paused; workers stop taking new messages within seconds' : 'Consumption resumed');
    } catch (e) {
      notify('Could not change consumption: ' + e.message, true);
    }
  });

  // a 401 means the session ended (or never was): back to the sign-in page, which returns here afterwards
  function signInAgain() {
    location.assign('/sign-in.html?expired');
  }

  async function showOperator() {
    try {
      const session = await call('GET', 'session');
      $('operator').textContent = session.user;
    } catch (e) {
      notify('Could not read the session: ' + e.message, true);
    }
  }

  $('sign-out').addEventListener('click', async () => {
    await fetch(api + 'session/sign-out', { method: 'POST', credentials: 'same-origin', redirect: 'manual' });
    location.assign('/sign-in.html?signed-out');
  });

  function connect() {
    let updates = 0;
    const source = new EventSource(api + 'dashboard/stream');
    source.onmessage = (event) => {
      updates += 1;
      $('connection').classList.add('live');
      const snapshot = JSON.parse(event.data);
      renderQueues(snapshot.broker);
      renderRates(snapshot.lastQuarterHour);
      renderFailures(snapshot.recentFailures);
      renderConsumption(snapshot.paused);
      $('updated').textContent = 'updated ' + when(snapshot.broker.at);
    };
    source.onerror = async () => {
      $('connection').classList.remove('live');
      $('updated').textContent = updates ? 'reconnecting…' : 'connecting…';
      // EventSource does not say why it failed; an ended session shows on an ordinary call
      const session = await fetch(api + 'session', { credentials: 'same-origin' }).catch(() => null);
      if (session && session.status === 401) {
        source.close();
        signInAgain();
      }
    };
  }

  showOperator();
  connect();
})();
