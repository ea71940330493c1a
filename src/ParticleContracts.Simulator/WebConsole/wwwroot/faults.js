// Fault injection controls (/simulator/faults) with the current values, and the recent-request log
// (/simulator/requests). Both routes are console-only and exempt from the faults they control.
import { del, get, post, put } from './api.js';
import { $, clock, el, fill, reply } from './dom.js';

export class FaultPanel {
  constructor(status) {
    this.status = status;
    $('#fault-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.apply();
    });
    $('#fail-next-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.failNext();
    });
    $('#drop-streams').addEventListener('click', () => this.send(post('/simulator/faults/drop-streams')));
    $('#reset-faults').addEventListener('click', () => this.send(del('/simulator/faults'), true));
  }

  async refresh(syncInputs = false) {
    this.show(await get('/simulator/faults'), syncInputs);
  }

  async apply() {
    await this.send(put('/simulator/faults', {
      latency_ms: Number($('#fault-latency').value || 0),
      failure_rate: Number($('#fault-rate').value || 0) / 100,
      failure_status: Number($('#fault-status').value),
    }));
  }

  async failNext() {
    await this.send(post('/simulator/faults/fail-next', {
      count: Number($('#fail-next-count').value || 0),
      status: Number($('#fault-status').value),
    }));
  }

  async send(request, syncInputs = false) {
    this.show(await request, syncInputs);
  }

  show(result, syncInputs) {
    if (!result.ok) {
      this.status(`Faults: ${reply(result)}`);
      return;
    }

    const faults = result.body;
    const entries = [
      ['Latency', `${faults.latency_ms} ms`],
      ['Failure rate', `${Math.round(faults.failure_rate * 1000) / 10} % with ${faults.failure_status}`],
      ['Scripted failures left', `${faults.fail_next} (${faults.fail_next_status})`],
      ['Open event streams', String(faults.open_streams)],
    ];
    if (faults.dropped !== undefined) {
      entries.push(['Streams just dropped', String(faults.dropped)]);
    }

    fill($('#fault-values'), entries.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value })]));
    const active = faults.latency_ms > 0 || faults.failure_rate > 0 || faults.fail_next > 0;
    const summary = $('#fault-summary');
    summary.textContent = active ? 'faults on' : 'no faults';
    summary.className = 'pill ' + (active ? 'bad' : 'good');
    if (syncInputs) {
      $('#fault-latency').value = faults.latency_ms;
      $('#fault-rate').value = Math.round(faults.failure_rate * 100);
      $('#fault-status').value = String(faults.failure_status);
    }
  }
}

export class RequestPanel {
  constructor() {
    this.entries = [];
    $('#requests-own').addEventListener('change', () => this.render());
  }

  async refresh() {
    // The whole log each time: entries still in flight when last fetched have their status now.
    const result = await get('/simulator/requests');
    if (result.ok) {
      this.entries = result.body;
      this.render();
    }
  }

  render() {
    const own = $('#requests-own').checked;
    const shown = this.entries.filter((entry) => own || !(entry.console || entry.path.startsWith('/console'))).slice(-40).reverse();
    fill($('#request-list tbody'), shown.map((entry) => el('tr', { class: entry.status >= 400 ? 'failed' : null },
      el('td', { text: clock(entry.at) }),
      el('td', { text: entry.method }),
      el('td', {}, el('code', { text: entry.path + entry.query })),
      el('td', { text: entry.auth }),
      el('td', { text: entry.status === 0 ? '…' : String(entry.status) }))));
  }
}
