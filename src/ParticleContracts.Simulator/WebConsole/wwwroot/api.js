// Every data call of the console: token-authenticated JSON over fetch. The token lives in sessionStorage (this tab
// only) and travels in the Authorization header, never in a URL.
const TOKEN_KEY = 'particle-simulator-token';

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  save: (token) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** A URL path from segments, each percent-encoded: path('v1', 'devices', id) → /v1/devices/<id>. */
export function path(...segments) {
  return '/' + segments.map((segment) => encodeURIComponent(segment)).join('/');
}

/** Headers for an authenticated call; the marker header lets the request log tell the console's own calls apart. */
export function authHeaders() {
  return { Authorization: 'Bearer ' + (session.token() ?? ''), 'X-Simulator-Console': '1' };
}

/**
 * Sends one request and never throws: resolves to { status, ok, body, ms } where body is the parsed JSON reply
 * (or its text), and status is 0 when the simulator could not be reached.
 */
export async function call(method, url, body, signal) {
  const headers = authHeaders();
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }

  const started = performance.now();
  try {
    const response = await fetch(url, { method, headers, body: payload, cache: 'no-store', credentials: 'omit', signal });
    const text = await response.text();
    let parsed = text;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : null;
    } catch {
      // Not JSON: keep the text.
    }

    return { status: response.status, ok: response.ok, body: parsed, ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 0, ok: false, body: { error: 'Simulator unreachable: ' + error.message }, ms: 0 };
  }
}

export const get = (url, signal) => call('GET', url, undefined, signal);
export const post = (url, body) => call('POST', url, body ?? {});
export const put = (url, body) => call('PUT', url, body ?? {});
export const del = (url) => call('DELETE', url);
