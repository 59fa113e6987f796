// The analyst's desk. Every piece of data is put on the page with textContent or as an
// attribute value, never as HTML: article text is untrusted. No eval, no inline handlers
// (the Content-Security-Policy forbids both).
'use strict';

(function () {
  const view = document.getElementById('view');

  // ---------------------------------------------------------------- DOM helpers

  /** Makes an element; attrs are set as properties/attributes, children as text or nodes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = String(v);
      else if (k === 'href') e.setAttribute('href', safeHref(v));
      else if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /** Only links within this server: data never becomes a javascript: or foreign URL. */
  function safeHref(h) {
    const s = String(h);
    return s.startsWith('/') && !s.startsWith('//') ? s : '#';
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function show(...nodes) {
    clear(view);
    nodes.flat().forEach(n => n && view.appendChild(n));
  }

  function showError(err) {
    view.appendChild(el('p', { class: 'error', role: 'alert' }, String(err && err.message ? err.message : err)));
  }

  function badge(text, cls) {
    return el('span', { class: 'badge ' + (cls || '') }, text);
  }

  function q(params) {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v !== undefined && v !== null && v !== '' && v !== false) u.set(k, v);
    }
    const s = u.toString();
    return s ? '?' + s : '';
  }

  function lower(s) { return s ? String(s).toLowerCase().replace(/_/g, ' ') : ''; }

  // ---------------------------------------------------------------- API

  function authHeaders(write) {
    const h = {};
    const t = sessionStorage.getItem('attest-token');
    if (t) h['Authorization'] = 'Bearer ' + t;
    if (write) h['X-Attest-Request'] = '1';
    return h;
  }

  async function call(path, options) {
    const opts = options || {};
    const write = opts.method && opts.method !== 'GET';
    const headers = Object.assign(authHeaders(write), opts.headers || {});
    const res = await fetch(path, Object.assign({}, opts, { headers, credentials: 'same-origin' }));
    if (res.status === 401) {
      document.getElementById('token-bar').hidden = false;
      throw new Error('This desk needs its access token (enter it above).');
    }
    if (!res.ok) {
      let msg = res.status + ' ' + res.statusText;
      try { const j = await res.json(); if (j && j.error) msg = j.error; } catch (e) { /* not JSON */ }
      throw new Error(msg);
    }
    return res;
  }

  async function api(path, options) {
    return (await call(path, options)).json();
  }

  document.getElementById('token-form').addEventListener('submit', ev => {
    ev.preventDefault();
    sessionStorage.setItem('attest-token', document.getElementById('token-input').value.trim());
    location.reload();
  });

  // ---------------------------------------------------------------- evidence with marks

  /** A text with highlighted stretches (marks are relative to the text; they may not overlap). */
  function marked(text, marks, cssPrefix) {
    const out = [];
    let at = 0;
    const sorted = (marks || []).slice().sort((a, b) => a.begin - b.begin);
    for (const m of sorted) {
      if (m.begin < at || m.end > text.length) continue;
      if (m.begin > at) out.push(document.createTextNode(text.substring(at, m.begin)));
      out.push(el('mark', { class: cssPrefix + m.kind, title: m.label }, text.substring(m.begin, m.end)));
      at = m.end;
    }
    if (at < text.length) out.push(document.createTextNode(text.substring(at)));
    return out;
  }

  /** A link to a stretch of a document: the page opens scrolled to it, the stretch highlighted. */
  function spanLink(doc, begin, end) {
    return '/documents/' + encodeURIComponent(doc) + '#span-' + begin + '-' + end;
  }

  function evidence(ev) {
    if (!ev) return null;
    // the link highlights the cue (or the event's trigger), else the whole excerpt
    const focus = (ev.marks || []).find(m => m.kind === 'cue') || (ev.marks || []).find(m => m.kind === 'trigger');
    const begin = ev.offset + (focus ? focus.begin : 0), end = ev.offset + (focus ? focus.end : ev.text.length);
    return el('blockquote', { class: 'evidence' }, marked(ev.text, ev.marks, 'm-'),
      ' ', el('a', { href: spanLink(ev.doc, begin, end), class: 'doc-link' }, '[document]'));
  }

  // ---------------------------------------------------------------- views

  const QUADS = ['VERBAL_COOPERATION', 'MATERIAL_COOPERATION', 'VERBAL_CONFLICT', 'MATERIAL_CONFLICT', 'NEUTRAL'];
  const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE', 'DEMAND',
    'DISAPPROVE', 'REJECT', 'THREATEN', 'SANCTION', 'PROTEST', 'CRIME', 'MOBILIZE', 'COERCE', 'ASSAULT', 'OTHER'];
  const STANCES = ['ASSERT', 'REPORT', 'CONFIRM', 'ACKNOWLEDGE', 'DENY', 'DOUBT', 'PLAN'];

  function select(name, label, options, value) {
    const s = el('select', { name, id: 'f-' + name }, el('option', { value: '' }, 'any'));
    for (const o of options) {
      const opt = el('option', { value: o.value }, o.label);
      if (o.value === value) opt.selected = true;
      s.appendChild(opt);
    }
    return el('label', {}, label, s);
  }

  async function home() {
    const s = await api('/api/status');
    show(el('h1', {}, 'The analyst\'s desk'),
      el('div', { class: 'panel' },
        el('p', {}, s.documents + ' documents in the store at ', el('code', {}, s.store), '.'),
        s.viewError ? el('p', { class: 'error' }, 'The cross-document view could not be computed: ' + s.viewError) : null,
        s.documents === 0 ? el('p', {}, 'The store is empty: ', el('a', { href: '/ingest' }, 'ingest some articles'), '.') : null,
        el('ul', {},
          el('li', {}, el('a', { href: '/timeline' }, 'Timeline'), ' of the events, coloured by PLOVER quad class'),
          el('li', {}, el('a', { href: '/claims' }, 'Claims'), ': who says what, with stance and relay chain'),
          el('li', {}, el('a', { href: '/findings' }, 'Findings'), ': contradictions, reversals, date and number conflicts'),
          el('li', {}, el('a', { href: '/graph' }, 'Provenance graph'), ': source → relay → claim → event'),
          el('li', {}, el('a', { href: '/entities' }, 'Entities'), ': merge and split by hand'),
          el('li', {}, el('a', { href: '/documents' }, 'Documents'), ' with every extracted item highlighted'),
          el('li', {}, el('a', { href: '/openapi.json' }, 'REST API description'), ' (OpenAPI 3)'))));
  }

  // ---- timeline

  async function timeline() {
    const params = new URLSearchParams(location.search);
    const [entities, sources] = await Promise.all([api('/api/entities?limit=1000'), api('/api/sources?limit=1000')]);
    const form = el('form', { class: 'filters', id: 'timeline-filters' },
      select('entity', 'Entity', entities.items.map(e => ({ value: e.id, label: e.name })), params.get('entity')),
      select('source', 'Source', sources.items.map(s => ({ value: s.id, label: s.name + ' (' + s.claims + ')' })), params.get('source')),
      select('type', 'Type', QUADS.map(x => ({ value: x, label: lower(x) })).concat(TYPES.map(x => ({ value: x, label: x }))),
        params.get('type')),
      el('label', {}, 'From', el('input', { type: 'date', name: 'from', value: params.get('from') || '' })),
      el('label', {}, 'To', el('input', { type: 'date', name: 'to', value: params.get('to') || '' })),
      el('button', { type: 'submit', class: 'primary' }, 'Apply'));
    const legend = el('div', { class: 'legend' },
      QUADS.map(x => el('span', {}, el('span', { class: 'swatch quad-' + x }), lower(x))),
      el('span', { class: 'muted' }, 'Each bar spans the days its date allows: a day, a week, a month, a year.'));
    const container = el('div', { id: 'timeline' });
    const data = await api('/api/timeline' + q(Object.fromEntries(params)));
    const list = el('table', { id: 'event-list' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Event'), el('th', {}, 'When'), el('th', {}, 'Type'), el('th', {}, 'Sources'))),
      el('tbody', {}, data.items.map(i => el('tr', { class: i.singleSource ? 'single-source' : '' },
        el('td', {}, el('a', { href: '/events/' + encodeURIComponent(i.id) }, i.label)),
        el('td', { class: 'event-when', 'data-inferred': String(!!i.whenInferred) },
          i.whenInferred ? i.when : i.when + ' (' + lower(i.precision) + ')', i.whenInferred ? badge('inferred', 'inferred') : ''),
        el('td', {}, el('span', { class: 'swatch quad-' + i.quadClass }), i.type),
        el('td', {}, i.singleSource ? badge('single source', 'warn') : '', i.hasFinding ? badge('finding', 'alert') : '')))));
    show(el('h1', {}, 'Timeline'), form, legend, container,
      el('p', { class: 'muted', id: 'timeline-count' }, data.items.length + ' dated events ('
        + data.items.filter(i => i.whenInferred).length + ' without a date of their own, placed on the day they were reported); '
        + data.undated.length + ' undated.'),
      el('h2', {}, 'Dated events'), list,
      el('h2', {}, 'Undated events'),
      el('ul', { id: 'undated' }, data.undated.map(r => el('li', {},
        el('a', { href: '/events/' + encodeURIComponent(r.id) }, r.label), ' ', badge(r.type || 'event')))));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const f = new FormData(form);
      location.search = q(Object.fromEntries(f.entries()));
    });
    if (!window.vis) { container.appendChild(el('p', { class: 'error' }, 'The timeline library did not load.')); return; }
    const items = new vis.DataSet(data.items.map(i => ({
      id: i.id, start: i.start, end: i.end, type: 'range', label: i.label, precision: i.precision, time: i.time,
      when: i.when, inferred: i.whenInferred,
      title: i.label + ' (' + i.when + ', ' + lower(i.precision) + ')',
      className: 'quad-' + i.quadClass + (i.hasFinding ? ' has-finding' : '') + (i.singleSource ? ' single-source' : '')
        + (i.whenInferred ? ' inferred' : '')
    })));
    const options = {
      // as tall as its rows of items (up to a scrolling maximum): a fixed height hid rows past it
      stack: true, zoomable: true, moveable: true, selectable: true, minHeight: '240px', maxHeight: '640px',
      verticalScroll: true, margin: { item: 8 },
      // the item's words as text nodes: vis would otherwise put "content" in as HTML
      // labels run past a short bar (CSS) and the whole label is the item's tooltip and accessible name
      template: item => el('span', { 'data-event': item.id, 'aria-label': item.label }, el('span', { class: 'item-label', title: item.label }, item.label),
        el('span', { class: 'item-when', 'data-inferred': String(!!item.inferred) }, item.when + ' · ' + lower(item.precision)))
    };
    if (data.items.length === 0) container.appendChild(el('p', { class: 'muted' }, 'No dated events match.'));
    const tl = new vis.Timeline(container, items, options);
    tl.on('select', props => {
      if (props.items && props.items.length) location.href = '/events/' + encodeURIComponent(props.items[0]);
    });
  }

  // ---- event card

  function claimCard(c) {
    return el('article', { class: 'panel claim stance-' + c.stance, 'data-claim': c.id },
      el('header', {},
        el('span', { class: 'who' }, c.source),
        badge(lower(c.stance), 'stance stance-' + c.stance),
        c.certainty ? badge(lower(c.certainty)) : null,
        el('span', { class: 'muted statement-date', 'data-inferred': String(!!c.statementDateInferred) },
          'statement date: ' + (c.statementDate ? c.statementDate + (c.statementDateInferred ? ' (publication date, inferred)' : '') : 'unknown')),
        c.findings.length ? badge('finding ' + c.findings.join(', '), 'alert') : null),
      c.relayChain.length > 1 ? el('div', { class: 'relay' }, 'relay chain: ' + c.relayChain.join(' ← citing ')) : null,
      evidence(c.evidence),
      el('div', { class: 'muted' }, el('a', { href: '/documents/' + encodeURIComponent(c.doc) }, c.docLabel)));
  }

  async function eventCard(id) {
    const card = await api('/api/events/' + encodeURIComponent(id));
    const e = card.event;
    document.title = 'Event: ' + card.what + ' · Attest';
    show(el('p', {}, el('a', { href: '/timeline' }, '← timeline')),
      el('h1', { class: 'event-title' }, el('span', { class: 'swatch quad-' + e.quadClass }), card.what),
      el('div', { class: 'panel', id: 'event-facts' }, el('dl', { class: 'facts' },
        el('dt', {}, 'What'), el('dd', {}, (e.type || 'event') + ' (' + lower(e.quadClass) + ')'),
        el('dt', {}, 'Who'), el('dd', {}, card.who.length ? card.who.join(', ') : 'unknown'),
        el('dt', {}, 'Whom'), el('dd', {}, card.whom || '–'),
        el('dt', {}, 'Where'), el('dd', {}, card.where || '–'),
        el('dt', {}, 'When'), el('dd', { id: 'event-when', 'data-inferred': String(!!card.whenInferred) }, card.when),
        el('dt', {}, 'How many'), el('dd', {}, card.howMany || '–'),
        el('dt', {}, 'Vouched for by'), el('dd', {}, card.independentSources.length
          ? card.independentSources.join(', ') + (card.independentSources.length === 1 ? ' (single source)' : '') : 'nobody'),
        el('dt', {}, 'Denied by'), el('dd', {}, card.deniedBy.length ? card.deniedBy.join(', ') : '–'))),
      el('p', {}, el('a', { href: '/graph' + q({ event: e.id }) }, 'Provenance graph of this event')),
      el('h2', {}, 'Sources (' + card.claims.length + ')'),
      el('div', { id: 'claims' }, card.claims.map(claimCard)),
      card.unattributedMentions.length ? el('h2', {}, 'Mentioned without attribution') : null,
      card.unattributedMentions.map(evidence),
      card.findings.length ? el('h2', {}, 'Findings') : null,
      card.findings.map(findingView));
  }

  // ---- claims table

  async function claims() {
    const params = new URLSearchParams(location.search);
    const state = Object.fromEntries(params);
    state.limit = state.limit || '50';
    state.offset = state.offset || '0';
    const sources = await api('/api/sources?limit=1000');
    const form = el('form', { class: 'filters', id: 'claim-filters' },
      el('label', {}, 'Search', el('input', { type: 'search', name: 'q', value: state.q || '', id: 'claims-q' })),
      select('source', 'Source', sources.items.map(s => ({ value: s.id, label: s.name })), state.source),
      select('stance', 'Stance', STANCES.map(s => ({ value: s, label: lower(s) })), state.stance),
      el('label', {}, 'Single source', el('input', { type: 'checkbox', name: 'single', value: 'true', checked: state.single === 'true' })),
      el('label', {}, 'With a finding', el('input', { type: 'checkbox', name: 'finding', value: 'true', checked: state.finding === 'true' })),
      el('button', { type: 'submit', class: 'primary' }, 'Apply'),
      el('button', { type: 'button', id: 'csv-download' }, 'Download CSV'));
    const page = await api('/api/attributions' + q(state));
    const sortable = [['id', 'Claim'], ['source', 'Source'], ['stance', 'Stance'], ['date', 'Statement date'], ['event', 'Event'], ['doc', 'Document']];
    const head = el('tr', {}, sortable.map(([key, label]) => {
      const cls = 'sortable' + ((state.sort || 'id') === key ? (state.order === 'desc' ? ' sorted-desc' : ' sorted-asc') : '');
      return el('th', { class: cls, 'data-sort': key, onclick: () => {
        const next = Object.assign({}, state, { sort: key, order: (state.sort || 'id') === key && state.order !== 'desc' ? 'desc' : 'asc', offset: '0' });
        location.search = q(next);
      } }, label);
    }), el('th', {}, 'Says'));
    const rows = page.items.map(c => el('tr', {
      class: (c.singleSource ? 'single-source ' : '') + (c.findings.length ? 'has-finding' : ''), 'data-claim': c.id },
      el('td', {}, c.id, c.singleSource ? el('div', {}, badge('single source', 'warn')) : null,
        c.findings.length ? el('div', {}, badge('finding', 'alert')) : null),
      el('td', {}, c.source, c.relayChain.length > 1 ? el('div', { class: 'relay' }, '← ' + c.relayChain.slice(1).join(' ← ')) : null),
      el('td', {}, badge(lower(c.stance), 'stance-' + c.stance)),
      el('td', {}, c.statementDate || ''),
      el('td', {}, c.event ? el('a', { href: '/events/' + encodeURIComponent(c.event) }, c.eventLabel) : el('span', { class: 'muted' }, 'no event')),
      el('td', {}, el('a', { href: '/documents/' + encodeURIComponent(c.doc) }, c.docLabel)),
      el('td', {}, c.cue ? el('em', {}, c.cue + ': ') : null, c.content || '')));
    const offset = Number(state.offset), limit = Number(state.limit);
    const pager = el('div', { class: 'pager' },
      el('span', { id: 'claims-count' }, page.total === 0 ? 'no claims' : (offset + 1) + '–' + (offset + page.items.length) + ' of ' + page.total + ' claims'),
      el('button', { type: 'button', disabled: offset === 0, onclick: () => { location.search = q(Object.assign({}, state, { offset: Math.max(0, offset - limit) })); } }, '← previous'),
      el('button', { type: 'button', disabled: offset + limit >= page.total, onclick: () => { location.search = q(Object.assign({}, state, { offset: offset + limit })); } }, 'next →'));
    show(el('h1', {}, 'Claims'), form,
      el('p', { class: 'legend' }, el('span', {}, badge('single source', 'warn'), ' only one independent source vouches for the event'),
        el('span', {}, badge('finding', 'alert'), ' a finding rests on this claim')),
      pager, el('table', { id: 'claims-table' }, el('thead', {}, head), el('tbody', {}, rows)));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const f = Object.fromEntries(new FormData(form).entries());
      location.search = q(Object.assign(f, { sort: state.sort, order: state.order }));
    });
    document.getElementById('csv-download').addEventListener('click', async () => {
      // the same filters and order as the table, every row (not just this page)
      const all = Object.assign({}, state, { format: 'csv' });
      delete all.offset; delete all.limit;
      const res = await call('/api/attributions' + q(all));
      const blob = new Blob([await res.text()], { type: 'text/csv' });
      const a = el('a', { download: 'claims.csv' });
      a.href = URL.createObjectURL(blob);
      document.body.appendChild(a);
      a.click();
      setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    });
  }

  // ---- findings

  function findingView(f) {
    return el('section', { class: 'panel finding', id: 'finding-' + f.id, 'data-kind': f.kind },
      el('div', {}, el('a', { class: 'finding-kind', href: '/findings/' + encodeURIComponent(f.id), title: 'finding ' + f.id }, lower(f.kind))),
      el('p', { class: 'finding-title' }, f.title || f.explanation),
      el('div', { class: 'sides' }, f.sides.map(s => el('div', { class: 'side panel' + (s.stance ? ' claim stance-' + s.stance : ' event-side') },
        el('header', { class: 'side-head' }, el('span', { class: 'who' }, s.source || s.label),
          s.stance ? badge(lower(s.stance), 'stance-' + s.stance) : null,
          s.docLabel ? el('span', { class: 'muted side-doc' }, 'in ' + s.docLabel) : null),
        evidence(s.evidence)))));
  }

  async function findingPage(id) {
    const f = await api('/api/findings/' + encodeURIComponent(id));
    document.title = lower(f.kind) + ' · Attest';
    show(el('p', {}, el('a', { href: '/findings' }, '← findings')), el('h1', {}, 'Finding: ' + lower(f.kind)), findingView(f));
  }

  async function findings() {
    const params = new URLSearchParams(location.search);
    const page = await api('/api/findings' + q({ kind: params.get('kind'), limit: 1000 }));
    const kinds = ['STANCE_REVERSAL', 'CONTRADICTION', 'DATE_CONFLICT', 'QUANTITY_CONFLICT', 'CORROBORATION'];
    show(el('h1', {}, 'Findings'),
      el('p', { class: 'filters' }, el('a', { href: '/findings' }, 'all'), kinds.map(k => el('a', { href: '/findings?kind=' + k }, lower(k)))),
      el('p', { class: 'muted' }, page.total + ' findings'),
      page.items.map(findingView));
  }

  // ---- provenance graph

  async function graph() {
    const params = new URLSearchParams(location.search);
    const offset = Number(params.get('offset') || 0);
    const g = await api('/api/graph' + q({ event: params.get('event'), offset: offset || null, limit: params.get('limit') }));
    const box = el('div', { id: 'graph' });
    const go = o => { location.search = q({ event: params.get('event'), offset: o || null, limit: params.get('limit') }); };
    // the corpus-wide graph a page of events at a time (the most discussed first): it stays readable
    const pager = g.events > g.limit ? el('div', { class: 'pager', id: 'graph-pager' },
      el('span', { id: 'graph-page' }, 'events ' + (g.events === 0 ? 0 : g.offset + 1) + '–' + Math.min(g.events, g.offset + g.limit) + ' of ' + g.events),
      el('button', { type: 'button', id: 'graph-prev', disabled: g.offset === 0, onclick: () => go(Math.max(0, g.offset - g.limit)) }, '← previous'),
      el('button', { type: 'button', id: 'graph-next', disabled: g.offset + g.limit >= g.events, onclick: () => go(g.offset + g.limit) }, 'next →')) : null;
    show(el('h1', {}, 'Provenance: source → relay → claim → event'),
      params.get('event') ? el('p', {}, el('a', { href: '/graph' }, '← every event'), ' · ',
        el('a', { href: '/events/' + encodeURIComponent(params.get('event')) }, 'the event card')) : null,
      el('div', { class: 'legend' }, [['source', '#5b6bbf'], ['relay', '#8e7cc3'], ['claim', '#f0a030'], ['event', '#d32f2f']]
        .map(([k]) => el('span', {}, el('span', { class: 'swatch node-' + k }), k))),
      pager,
      el('p', { class: 'muted', id: 'graph-count' }, g.nodes.length + ' nodes, ' + g.edges.length + ' edges. Click an event to open its card.'), box);
    if (!window.cytoscape) { box.appendChild(el('p', { class: 'error' }, 'The graph library did not load.')); return; }
    const cy = cytoscape({
      container: box,
      elements: g.nodes.map(n => ({ data: { id: n.id, label: n.label, kind: n.kind } }))
        .concat(g.edges.map(e => ({ data: { id: e.id, source: e.source, target: e.target, kind: e.kind } }))),
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 130, width: 18, height: 18,
          'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1, 'min-zoomed-font-size': 7 } },
        { selector: 'node[kind = "source"]', style: { 'background-color': '#5b6bbf', shape: 'round-rectangle' } },
        { selector: 'node[kind = "relay"]', style: { 'background-color': '#8e7cc3', shape: 'round-rectangle' } },
        { selector: 'node[kind = "claim"]', style: { 'background-color': '#f0a030', shape: 'diamond' } },
        { selector: 'node[kind = "event"]', style: { 'background-color': '#d32f2f', shape: 'ellipse', width: 26, height: 26 } },
        { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#9aa7bd', 'target-arrow-color': '#9aa7bd' } }
      ],
      layout: { name: 'breadthfirst', directed: true, spacingFactor: 1.25, avoidOverlap: true, nodeDimensionsIncludeLabels: true }
    });
    cy.on('tap', 'node[kind = "event"]', ev => { location.href = '/events/' + encodeURIComponent(ev.target.id().substring(6)); });
  }

  // ---- entities

  async function decide(action, names, note) {
    return api('/api/decisions', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action, names, note: note || null }) });
  }

  async function entities() {
    const params = new URLSearchParams(location.search);
    const [page, decisions] = await Promise.all([api('/api/entities' + q({ q: params.get('q'), limit: 1000 })), api('/api/decisions')]);
    const status = el('p', { id: 'decision-status', class: 'muted', 'aria-live': 'polite' });
    const note = el('input', { type: 'text', id: 'merge-note', placeholder: 'why (optional)' });
    const mergeButton = el('button', { type: 'button', id: 'merge-button', class: 'primary', disabled: true }, 'Merge selected');
    const boxes = [];
    const rows = page.items.map(e => {
      const box = el('input', { type: 'checkbox', 'data-name': e.name, 'aria-label': 'select ' + e.name });
      box.addEventListener('change', () => { mergeButton.disabled = boxes.filter(b => b.checked).length < 2; });
      boxes.push(box);
      return el('tr', { 'data-entity': e.id },
        el('td', {}, box),
        el('td', {}, el('a', { href: '/entities/' + encodeURIComponent(e.id) }, e.name)),
        el('td', {}, lower(e.type)),
        el('td', {}, e.aliases.filter(a => a !== e.name).map(a => el('span', { class: 'alias' }, a,
          el('button', { type: 'button', title: 'split "' + a + '" off ' + e.name, 'data-split': a, onclick: async () => {
            try { const d = await decide('SPLIT', [e.name, a]); status.textContent = 'Recorded ' + d.id + ': split ' + a + ' off ' + e.name + '.'; entities(); }
            catch (err) { showError(err); }
          } }, 'split')))),
        el('td', {}, String(e.mentions)),
        el('td', {}, String(e.documents.length)),
        el('td', { class: 'muted' }, e.mergedBecause.join('; ')));
    });
    mergeButton.addEventListener('click', async () => {
      const names = boxes.filter(b => b.checked).map(b => b.getAttribute('data-name'));
      try {
        const d = await decide('MERGE', names, note.value);
        await entities();
        document.getElementById('decision-status').textContent = 'Recorded ' + d.id + ': merged ' + names.join(' + ') + '.';
      } catch (err) { showError(err); }
    });
    const search = el('form', { class: 'filters' }, el('label', {}, 'Find', el('input', { type: 'search', name: 'q', value: params.get('q') || '' })),
      el('button', { type: 'submit' }, 'Find'));
    show(el('h1', {}, 'Entities'), search,
      el('div', { class: 'filters' }, mergeButton, note, el('span', { class: 'muted' }, 'Decisions are recorded and can be undone below.')),
      status,
      el('table', { id: 'entities-table' }, el('thead', {}, el('tr', {}, el('th', {}, ''), el('th', {}, 'Name'), el('th', {}, 'Type'),
        el('th', {}, 'Aliases'), el('th', {}, 'Mentions'), el('th', {}, 'Documents'), el('th', {}, 'Merged because'))), el('tbody', {}, rows)),
      el('h2', {}, 'Decisions'),
      decisions.length === 0 ? el('p', { class: 'muted', id: 'no-decisions' }, 'No manual decisions yet.') :
        el('ul', { id: 'decisions' }, decisions.map(d => el('li', { 'data-decision': d.id }, d.id + ': ' + lower(d.action) + ' ' + d.names.join(' + '),
          d.note ? el('span', { class: 'muted' }, ' (' + d.note + ')') : null, ' ',
          el('button', { type: 'button', 'data-undo': d.id, onclick: async () => {
            try { await api('/api/decisions/' + encodeURIComponent(d.id) + '/undo', { method: 'POST' }); await entities();
              document.getElementById('decision-status').textContent = 'Undone ' + d.id + '.'; } catch (err) { showError(err); }
          } }, 'undo')))));
  }

  async function entity(id) {
    const d = await api('/api/entities/' + encodeURIComponent(id));
    const e = d.entity;
    show(el('p', {}, el('a', { href: '/entities' }, '← entities')), el('h1', {}, e.name),
      el('dl', { class: 'facts panel' }, el('dt', {}, 'Type'), el('dd', {}, lower(e.type)),
        el('dt', {}, 'Aliases'), el('dd', {}, e.aliases.join(', ') || '–'),
        el('dt', {}, 'Merged because'), el('dd', {}, e.mergedBecause.join('; ') || '–')),
      el('p', {}, el('a', { href: '/timeline?entity=' + encodeURIComponent(e.id) }, 'Events with ' + e.name)),
      el('h2', {}, 'Mentions (' + d.mentions.length + ')'),
      el('ul', {}, d.mentions.map(m => el('li', {}, '“' + m.text + '” in ',
        el('a', { href: spanLink(m.doc, m.begin, m.end) }, m.docLabel)))));
  }

  // ---- documents

  async function documents() {
    const page = await api('/api/documents?limit=1000');
    show(el('h1', {}, 'Documents'), el('p', { class: 'muted' }, page.total + ' documents'),
      el('table', { id: 'documents-table' }, el('thead', {}, el('tr', {}, ['Title', 'Outlet', 'Published', 'Entities', 'Events', 'Claims', 'Copy of', 'Source']
        .map(h => el('th', {}, h)))),
      el('tbody', {}, page.items.map(d => el('tr', {},
        el('td', {}, el('a', { href: '/documents/' + encodeURIComponent(d.id) }, d.title || d.id)),
        el('td', {}, d.outlet || ''), el('td', {}, d.published || ''), el('td', {}, String(d.entities)), el('td', {}, String(d.events)),
        el('td', {}, String(d.attributions)),
        el('td', {}, d.copyOf ? el('a', { href: '/documents/' + encodeURIComponent(d.copyOf) }, d.copyOf) : ''),
        el('td', { class: 'muted' }, d.source || ''))))));
  }

  /** The article with every extracted item highlighted; overlapping items share a segment. */
  function highlighted(text, marks, focus) {
    const cuts = new Set([0, text.length]);
    marks.forEach(m => { cuts.add(m.begin); cuts.add(m.end); });
    if (focus) { cuts.add(focus.begin); cuts.add(focus.end); }
    const points = Array.from(cuts).sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const b = points[i], e = points[i + 1];
      if (e <= b) continue;
      const words = text.substring(b, e);
      const over = marks.filter(m => m.begin <= b && m.end >= e);
      const focused = focus && focus.begin <= b && focus.end >= e;
      if (over.length === 0 && !focused) { out.push(document.createTextNode(words)); continue; }
      const cls = (over.length ? 'hl ' + Array.from(new Set(over.map(m => 'hl-' + m.kind))).join(' ') : '') + (focused ? ' focused' : '');
      const span = el('span', { class: cls.trim(), title: over.length ? over.map(m => m.kind + ': ' + m.label).join('\n') : null }, words);
      if (focused && b === focus.begin) span.id = 'focus';
      const ev = over.find(m => m.kind === 'event' && m.ref);
      if (ev) { span.setAttribute('data-event', ev.ref); span.addEventListener('click', () => { location.href = '/events/' + encodeURIComponent(ev.ref); }); }
      if (!span.id && (b === 0 || over.some(m => m.begin === b))) span.id = 'at-' + b;
      out.push(span);
    }
    return out;
  }

  /** The stretch a link points at: #span-BEGIN-END (or the older #at-BEGIN, a point). */
  function focusOf(hash, length) {
    const m = /^#span-(\d+)-(\d+)$/.exec(hash || '');
    if (!m) return null;
    const begin = Math.min(Number(m[1]), length), end = Math.min(Number(m[2]), length);
    return end > begin ? { begin, end } : null;
  }

  async function documentPage(id) {
    const d = await api('/api/documents/' + encodeURIComponent(id));
    document.title = (d.title || d.id) + ' · Attest';
    show(el('p', {}, el('a', { href: '/documents' }, '← documents')),
      el('h1', { id: 'document-title' }, d.title || d.id),
      el('dl', { class: 'facts panel' },
        el('dt', {}, 'Outlet'), el('dd', {}, d.outlet || '–'),
        el('dt', {}, 'Published'), el('dd', {}, d.published || '–'),
        el('dt', {}, 'Author'), el('dd', {}, d.author || '–'),
        el('dt', {}, 'Source'), el('dd', {}, d.source || '–'),
        d.url ? el('dt', {}, 'URL') : null, d.url ? el('dd', {}, d.url) : null,
        d.copyOf ? el('dt', {}, 'Copy of') : null, d.copyOf ? el('dd', {}, el('a', { href: '/documents/' + encodeURIComponent(d.copyOf) }, d.copyOf)) : null),
      el('div', { class: 'legend' }, ['entity', 'time', 'event', 'cue', 'quote'].map(k => el('span', { class: 'hl hl-' + k }, k))),
      el('article', { class: 'article', id: 'article' }, highlighted(d.text, d.marks, focusOf(location.hash, d.text.length))));
    const target = document.getElementById('focus') || (location.hash ? document.getElementById(location.hash.substring(1)) : null);
    if (target) target.scrollIntoView({ block: 'center' });
  }

  // ---- ingest

  function ingest() {
    const files = el('input', { type: 'file', name: 'files', id: 'ingest-files', multiple: true });
    const form = el('form', { id: 'ingest-form', class: 'panel' },
      el('h2', {}, 'Files'),
      el('p', { class: 'muted' }, 'Plain text (.txt, with its NAME.meta.json beside it), web pages (.html), feeds (.rss, .atom, .xml), JSON Lines (.jsonl).'),
      files,
      el('h2', {}, 'Or paste a text'),
      el('div', { class: 'filters' },
        el('label', {}, 'Title', el('input', { type: 'text', name: 'title', id: 'ingest-title' })),
        el('label', {}, 'Outlet', el('input', { type: 'text', name: 'outlet', id: 'ingest-outlet' })),
        el('label', {}, 'Published', el('input', { type: 'date', name: 'published', id: 'ingest-published' })),
        el('label', {}, 'URL', el('input', { type: 'text', name: 'url', id: 'ingest-url' }))),
      el('textarea', { name: 'text', id: 'ingest-text', placeholder: 'Article text' }),
      el('p', {}, el('button', { type: 'submit', class: 'primary', id: 'ingest-submit' }, 'Ingest')));
    const out = el('div', { id: 'ingest-results' });
    show(el('h1', {}, 'Ingest'), form, out);
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      clear(out).appendChild(el('p', { class: 'muted', id: 'ingest-progress' }, 'Ingesting… the first new document loads the language models, which takes a while.'));
      document.getElementById('ingest-submit').disabled = true;
      try {
        const r = await api('/api/ingest', { method: 'POST', body: new FormData(form) });
        clear(out).appendChild(el('p', { id: 'ingest-summary' }, r.results.length + ' inputs; the store holds ' + r.documents + ' documents.'));
        out.appendChild(el('table', { class: 'results', id: 'ingest-table' },
          el('thead', {}, el('tr', {}, ['Input', 'Result', 'Detail', 'Document'].map(h => el('th', {}, h)))),
          el('tbody', {}, r.results.map(x => el('tr', {},
            el('td', {}, x.source), el('td', { class: 'status-' + x.status }, lower(x.status) + (x.unchanged ? ' (unchanged)' : '')),
            el('td', {}, [x.reason ? lower(x.reason) : '', x.detail || ''].filter(Boolean).join(': ')),
            el('td', {}, x.docId ? el('a', { href: '/documents/' + encodeURIComponent(x.docId) }, x.docId) : ''))))));
        form.reset();
      } catch (err) {
        clear(out).appendChild(el('p', { class: 'error', role: 'alert' }, err.message));
      } finally {
        document.getElementById('ingest-submit').disabled = false;
      }
    });
  }

  // ---- search

  async function search() {
    const qs = new URLSearchParams(location.search).get('q') || '';
    document.getElementById('search-q').value = qs;
    if (!qs.trim()) { show(el('h1', {}, 'Search'), el('p', { class: 'muted' }, 'Type words in the search box.')); return; }
    const hits = await api('/api/search' + q({ q: qs, limit: 50 }));
    show(el('h1', {}, 'Search: ' + qs), el('p', { class: 'muted' }, hits.length + ' results'),
      el('ul', { id: 'search-results', class: 'search-results' }, hits.map(h => el('li', { 'data-kind': h.kind },
        el('div', {}, badge(h.kind), ' ', el('a', { href: h.link }, h.label)),
        h.outlet || h.date ? el('div', { class: 'muted hit-meta' }, [h.outlet, h.date].filter(Boolean).join(', ')) : null,
        h.snippet ? el('div', { class: 'hit-snippet' }, h.snippet) : null))));
  }

  // ---------------------------------------------------------------- router

  const routes = [
    [/^\/$/, home, ''], [/^\/timeline$/, timeline, 'timeline'], [/^\/events\/([^/]+)$/, eventCard, 'timeline'],
    [/^\/claims$/, claims, 'claims'], [/^\/findings$/, findings, 'findings'], [/^\/findings\/([^/]+)$/, findingPage, 'findings'],
    [/^\/graph$/, graph, 'graph'],
    [/^\/entities$/, entities, 'entities'], [/^\/entities\/([^/]+)$/, entity, 'entities'],
    [/^\/documents$/, documents, 'documents'], [/^\/documents\/([^/]+)$/, documentPage, 'documents'],
    [/^\/ingest$/, ingest, 'ingest'], [/^\/search$/, search, '']
  ];

  async function route() {
    const path = location.pathname;
    for (const [re, fn, nav] of routes) {
      const m = re.exec(path);
      if (!m) continue;
      document.querySelectorAll('header nav a').forEach(a => a.classList.toggle('active', a.getAttribute('data-nav') === nav));
      try {
        await fn(...m.slice(1).map(decodeURIComponent));
        document.body.setAttribute('data-ready', 'true');
      } catch (err) {
        showError(err);
        document.body.setAttribute('data-ready', 'error');
      }
      return;
    }
    show(el('h1', {}, 'Not found'));
  }

  route();
})();
