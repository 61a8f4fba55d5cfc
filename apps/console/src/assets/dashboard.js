// The dashboard: fetches the console's snapshot every refreshMs and redraws the panels in place.
// Text from the pipeline (reasons, payloads, titles) only ever goes in through textContent.
'use strict';

(() => {
  const CLASSES = [
    ['transient', 'transient'],
    ['bad_data', 'bad data'],
    ['policy', 'policy'],
  ];
  const charts = {};
  let refreshMs = 3000;
  let timer;

  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const byId = (id) => document.getElementById(id);
  const fill = (id, nodes) => byId(id).replaceChildren(...nodes.filter(Boolean));
  const time = (iso) => (iso ? new Date(iso).toLocaleTimeString() : '–');
  const dateTime = (iso) => (iso ? new Date(iso).toLocaleString() : '–');
  const rate = (perSecond) => (perSecond >= 10 ? perSecond.toFixed(0) : perSecond.toFixed(2)) + '/s';

  function badge(id, state, text) {
    const node = byId(id);
    node.dataset.state = state;
    node.textContent = text;
  }

  function renderServices(services) {
    fill(
      'services',
      services.map((service) => {
        const state = service.live ? (service.ready ? 'ready' : 'not-ready') : 'down';
        const checks = Object.entries(service.checks).map(([name, check]) => `${name} ${check}`).join(', ');
        return el(
          'tr',
          { 'data-service': service.name, 'data-state': state },
          el('td', {}, service.name),
          el('td', {}, el('span', { class: 'badge state', 'data-state': state }, state.replace('-', ' ')), service.problem && el('div', { class: 'problem' }, service.problem)),
          el('td', {}, checks || '–'),
          el('td', { class: service.processingErrors ? 'problem' : undefined }, service.processingErrors ?? '–'),
          el('td', {}, ...(service.counters.length ? service.counters.map((counter) => el('div', { class: counter.problem ? 'problem' : undefined }, `${counter.label} ${counter.value}`)) : ['–'])),
          el('td', {}, service.version ?? '–'),
          el('td', {}, service.uptime ?? '–'),
          el('td', { class: 'muted' }, service.url),
        );
      }),
    );
  }

  function lineChart(id, points, seriesNames) {
    const labels = points.map((point) => time(new Date(point.at).toISOString()));
    const datasets = seriesNames.map((name) => ({
      label: name.replace(/^newsflow\./, ''),
      data: points.map((point) => point.values[name] ?? 0),
      pointRadius: 0,
      borderWidth: 1.5,
      tension: 0.2,
    }));
    if (!window.Chart) return;
    if (!charts[id]) {
      charts[id] = new window.Chart(byId(id), {
        type: 'line',
        data: { labels, datasets },
        options: {
          animation: false,
          maintainAspectRatio: false,
          scales: { y: { beginAtZero: true }, x: { ticks: { maxTicksLimit: 6 } } },
          plugins: { legend: { labels: { boxWidth: 10, font: { size: 10 } } } },
        },
      });
      return;
    }
    charts[id].data.labels = labels;
    charts[id].data.datasets = datasets;
    charts[id].update('none');
  }

  // A stalled partition: records wait and the group's committed offset has not moved since `since`.
  function stallNote(stall) {
    const consumer = [stall.consumerState && `consumer ${stall.consumerState}`, stall.lastError && `last error: ${stall.lastError}`].filter(Boolean).join(', ');
    return el(
      'div',
      { class: 'problem', 'data-partition': stall.partition },
      `p${stall.partition} stalled since ${time(stall.since)}: offset ${stall.committed ?? 'none'}, ${stall.lag} waiting`,
      consumer && ` (${stall.service}: ${consumer})`,
    );
  }

  function renderKafka(kafka) {
    badge('kafka-state', kafka.reachable ? 'up' : 'down', kafka.reachable ? 'reachable' : `unreachable: ${kafka.error}`);
    fill(
      'throughput',
      kafka.throughput.map((topic) =>
        el(
          'tr',
          { 'data-topic': topic.topic },
          el('td', {}, topic.topic),
          el('td', {}, topic.endOffset),
          topic.windows.map((window) => el('td', { title: `${window.records} records${window.complete ? '' : ' (watched for less than the window)'}` }, rate(window.perSecond))),
        ),
      ),
    );
    fill(
      'lag',
      kafka.lag.map((entry) => {
        const stalls = kafka.stalls.filter((stall) => stall.group === entry.group && stall.topic === entry.topic);
        return el(
          'tr',
          { 'data-group': entry.group, 'data-topic': entry.topic, 'data-stalled': stalls.length > 0 },
          el('td', {}, entry.group),
          el('td', {}, entry.topic),
          el('td', {}, entry.lag, stalls.length > 0 && el('span', { class: 'badge stalled', 'data-state': 'stalled' }, 'stalled')),
          el(
            'td',
            {},
            el('div', { class: 'muted' }, entry.partitions.map((partition) => `p${partition.partition}: ${partition.committed ?? '–'} / ${partition.end}`).join('  ')),
            stalls.map(stallNote),
          ),
        );
      }),
    );
    const busiest = kafka.throughput.filter((topic) => topic.endOffset > 0).map((topic) => topic.topic);
    lineChart('throughput-chart', kafka.rates.map((point) => ({ at: point.at, values: point.perSecond })), busiest);
    const groups = [...new Set(kafka.lagHistory.flatMap((sample) => Object.keys(sample.values)))];
    lineChart('lag-chart', kafka.lagHistory, groups);
  }

  async function replay(id, button) {
    button.disabled = true;
    const response = await fetch(`/api/dead-letters/${encodeURIComponent(id)}/replay`, { method: 'POST', credentials: 'same-origin' });
    const body = await response.json().catch(() => ({}));
    byId('replay-result').textContent = response.ok
      ? `replayed ${id} to ${body.to.topic} (partition ${body.to.partition}, offset ${body.to.offset})`
      : `replay of ${id} failed: ${body.message ?? response.status}`;
    await refresh();
  }

  /** The known classes, then any a newer producer added (shown by name, never dropped). */
  const classesOf = (byClass) => [
    ...CLASSES,
    ...Object.keys(byClass)
      .filter((key) => !CLASSES.some(([known]) => known === key))
      .map((key) => [key, key.replaceAll('_', ' ')]),
  ];

  function renderDeadLetters({ counts, latest }) {
    const classes = classesOf(counts.byClass);
    fill('dead-letter-counts', [
      el('span', { 'data-count': 'total' }, `total ${counts.total}`),
      ...classes.map(([key, label]) => el('span', { 'data-count': key }, `${label} ${counts.byClass[key]}`)),
      counts.unreadable > 0 && el('span', { 'data-count': 'unreadable' }, `unreadable ${counts.unreadable}`),
    ]);
    fill('dead-letters-by-stage-head', [el('th', {}, 'stage'), ...classes.map(([, label]) => el('th', {}, label))]);
    fill(
      'dead-letters-by-stage',
      Object.entries(counts.byStage).map(([stage, byClass]) => el('tr', {}, el('td', {}, stage), classes.map(([key]) => el('td', {}, byClass[key] ?? 0)))),
    );
    fill(
      'dead-letters',
      latest.map((letter) =>
        el(
          'li',
          { 'data-dead-letter': letter.id, 'data-key': letter.source.key ?? '', 'data-replayed': letter.replayedAt ? 'yes' : 'no' },
          el('div', {}, el('strong', {}, `${letter.stage} · ${letter.errorClass.replaceAll('_', ' ')}`), ' ', el('span', { class: 'muted' }, dateTime(letter.occurredAt))),
          el('div', { class: 'reason' }, letter.reason),
          el('div', { class: 'muted' }, `from ${letter.source.topic} [${letter.source.partition}] @${letter.source.offset}, key ${letter.source.key ?? '(none)'}, ${letter.payloadBytes} bytes${letter.payloadTruncated ? ' (truncated)' : ''}`),
          el('pre', { class: 'payload' }, letter.payloadPreview),
          letter.replayedAt
            ? el('span', { class: 'muted replayed' }, `replayed ${time(letter.replayedAt)}`)
            : el('button', { type: 'button', class: 'replay', disabled: Boolean(letter.replayBlocked), title: letter.replayBlocked, onclick: (event) => replay(letter.id, event.currentTarget) }, 'Replay'),
        ),
      ),
    );
  }

  function renderMongo(mongo) {
    badge('mongo-state', mongo.reachable ? 'up' : 'down', mongo.reachable ? 'up' : 'down');
    byId('mongo').textContent = mongo.reachable
      ? `${mongo.version ?? ''} · database ${mongo.database} · ${mongo.articleCount} articles, ${mongo.articlesLastHour} stored in the last hour`
      : `unreachable: ${mongo.error}`;
  }

  function renderFeeds(feeds) {
    byId('feeds-panel').hidden = feeds.length === 0;
    fill(
      'feeds',
      feeds.map((feed) =>
        el(
          'tr',
          { 'data-feed': feed.feedId },
          el('td', {}, feed.url),
          el('td', {}, dateTime(feed.lastSuccessAt)),
          el('td', {}, dateTime(feed.lastPolledAt)),
          el('td', {}, feed.lastStatus ?? '–'),
          el('td', {}, feed.consecutiveFailures),
          el('td', { class: feed.lastError ? 'problem' : 'muted' }, feed.lastError ?? '–'),
        ),
      ),
    );
  }

  function renderArticles(articles, queryApiUrl) {
    byId('query-api').replaceChildren(queryApiUrl ? el('a', { href: queryApiUrl }, `query API: ${queryApiUrl}`) : 'query API: not configured (QUERY_API_URL)');
    fill(
      'articles',
      articles.map((article) =>
        el(
          'li',
          { 'data-article': article.articleId },
          el('div', {}, article.link ? el('a', { href: article.link }, article.title || '(untitled)') : el('strong', {}, article.title || '(untitled)')),
          el('div', { class: 'muted' }, `${article.sourceUrl} · ${article.language ?? '?'} · stored ${dateTime(article.storedAt)}`),
          el('div', { class: 'tags bodies' }, article.bodies.map((body) => el('span', { title: body.kind }, `${body.name} (${body.country})`))),
          el('div', { class: 'tags stances' }, article.stances.map((stance) => el('span', { class: stance.polarity }, `${stance.actor} ${stance.polarity} ${stance.target}`))),
        ),
      ),
    );
  }

  function render(snapshot) {
    badge('overall', snapshot.overall, snapshot.overall);
    byId('updated').textContent = `updated ${time(snapshot.generatedAt)}`;
    renderServices(snapshot.services);
    renderKafka(snapshot.kafka);
    renderDeadLetters(snapshot.deadLetters);
    renderMongo(snapshot.mongo);
    renderFeeds(snapshot.feeds);
    renderArticles(snapshot.articles, snapshot.queryApiUrl);
  }

  async function refresh() {
    clearTimeout(timer);
    try {
      const response = await fetch('/api/status', { credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (response.status === 401) return location.assign('/login');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const snapshot = await response.json();
      refreshMs = snapshot.refreshMs;
      render(snapshot);
      byId('fetch-error').hidden = true;
    } catch (error) {
      byId('fetch-error').hidden = false;
      byId('fetch-error').textContent = `cannot reach the console: ${error.message}`;
    } finally {
      timer = setTimeout(refresh, refreshMs);
    }
  }

  refresh();
})();
