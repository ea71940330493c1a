// The live event log: the API's own SSE stream (GET /v1/devices/events[/prefix]) read with fetch and a
// ReadableStream, because EventSource cannot send the Authorization header.
import { authHeaders } from './api.js';
import { $, clock, el } from './dom.js';

const MAX_ENTRIES = 500;
const RETRY_MS = 2000;

/** Splits an SSE text buffer into complete frames; returns [frames, rest]. */
export function splitFrames(buffer) {
  const frames = [];
  let rest = buffer.replace(/\r\n?/g, '\n');
  let end;
  while ((end = rest.indexOf('\n\n')) >= 0) {
    frames.push(rest.slice(0, end));
    rest = rest.slice(end + 2);
  }

  return [frames, rest];
}

/** One frame as { name, data } or null for comments (":ok") and keep-alive newlines. */
export function parseFrame(frame) {
  let name = null;
  const data = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith('event:')) {
      name = line.slice(6).trim();
    } else if (line.startsWith('data:')) {
      data.push(line.slice(5).trimStart());
    }
  }

  if (name === null || data.length === 0) {
    return null;
  }

  try {
    return { name, ...JSON.parse(data.join('\n')) };
  } catch {
    return { name, data: data.join('\n') };
  }
}

export class EventLog {
  constructor(deviceNames) {
    this.deviceNames = deviceNames;
    this.prefix = '';
    this.controller = null;
    this.retryTimer = null;
    this.list = $('#event-log');
    this.state = $('#stream-state');
    this.listeners = [];
  }

  /** Calls back with every event received, e.g. to refresh the device view. */
  onEvent(listener) {
    this.listeners.push(listener);
  }

  start(prefix = this.prefix) {
    this.stop();
    this.prefix = prefix;
    this.controller = new AbortController();
    this.run(this.controller.signal);
  }

  stop() {
    clearTimeout(this.retryTimer);
    this.controller?.abort();
    this.controller = null;
  }

  clear() {
    this.list.replaceChildren();
  }

  url() {
    const tail = this.prefix ? '/' + this.prefix.split('/').map(encodeURIComponent).join('/') : '';
    return '/v1/devices/events' + tail;
  }

  async run(signal) {
    this.show('connecting', 'pending');
    try {
      const response = await fetch(this.url(), { headers: authHeaders(), cache: 'no-store', credentials: 'omit', signal });
      if (!response.ok || !response.body) {
        const text = await response.text();
        this.show(`stream refused: ${response.status} ${text}`, 'bad');
        this.retry(signal);
        return;
      }

      this.show(this.prefix ? `live, prefix "${this.prefix}"` : 'live', 'good');
      await this.read(response.body, signal);
      this.show('stream ended; reconnecting', 'bad');
    } catch (error) {
      if (signal.aborted) {
        return;
      }

      this.show('stream dropped; reconnecting', 'bad');
    }

    this.retry(signal);
  }

  async read(body, signal) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    while (!signal.aborted) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }

      const [frames, rest] = splitFrames(buffer + value);
      buffer = rest;
      for (const frame of frames) {
        const event = parseFrame(frame);
        if (event) {
          this.add(event);
        }
      }
    }
  }

  retry(signal) {
    if (!signal.aborted) {
      this.retryTimer = setTimeout(() => this.start(), RETRY_MS);
    }
  }

  add(event) {
    const device = this.deviceNames.get(event.coreid) ?? event.coreid;
    const data = event.data === null || event.data === undefined ? '' : String(event.data);
    this.list.prepend(el('li', { class: 'event', 'data-event': event.name },
      el('time', { text: clock(event.published_at) }),
      el('span', { class: 'event-name', text: event.name }),
      el('code', { class: 'event-data', text: data }),
      el('span', { class: 'muted event-source', text: device })));
    while (this.list.childElementCount > MAX_ENTRIES) {
      this.list.lastElementChild.remove();
    }

    for (const listener of this.listeners) {
      listener(event);
    }
  }

  show(text, kind) {
    this.state.textContent = text;
    this.state.className = 'pill ' + kind;
  }
}
