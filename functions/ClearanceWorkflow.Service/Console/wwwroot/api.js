// Calls to the contract (/api). Self-hosted, the API key is kept in sessionStorage (this tab, until it closes);
// in Azure the App Service sign-in cookie carries the caller.
const KEY = 'clearance.apiKey';

export const session = {
  key: () => sessionStorage.getItem(KEY),
  signIn: (key) => sessionStorage.setItem(KEY, key),
  signOut: () => sessionStorage.removeItem(KEY),
};

function headers(extra) {
  // X-Requested-With: in Azure, a change counts only with it (a form posted from another site cannot add it).
  const h = { Accept: 'application/json, application/problem+json', 'X-Requested-With': 'console', ...extra };
  const key = session.key();
  if (key) h['X-Api-Key'] = key;
  return h;
}

// { ok, status, data }: data is the JSON answer, or the problem details of a refusal.
export async function call(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: headers(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return { ok: false, status: 0, data: { title: 'The service did not answer', detail: 'Check the connection and try again.' } };
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : null;
  return { ok: response.ok, status: response.status, data: data ?? { title: response.statusText } };
}

export const get = (path) => call('GET', path);

// A view read again only once it has changed: with the tag of the view held, the service holds the answer until the view
// changes (the new view and its tag) or `seconds` pass (304). { ok, status, data, tag }; status 0 when the service did not answer.
export async function watch(path, tag, seconds, signal) {
  let response;
  try {
    const extra = tag ? { 'If-None-Match': tag, Prefer: `wait=${seconds}` } : {};
    response = await fetch(path, { headers: headers(extra), credentials: 'same-origin', cache: 'no-store', signal });
  } catch {
    return { ok: false, status: 0, data: { title: 'The service did not answer', detail: 'Check the connection and try again.' } };
  }
  if (response.status === 304) return { ok: true, status: 304, data: null, tag };
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : null;
  return { ok: response.ok, status: response.status, data: data ?? { title: response.statusText }, tag: response.headers.get('ETag') };
}
export const post = (path, body) => call('POST', path, body ?? {});

// A file of the API (a scan, a letter) as a blob URL the page can show, print or save; { problem } when refused
// (a sealed case's letter opens for records staff and supervisors only: the 403 says so).
export async function fileOf(path) {
  let response;
  try {
    response = await fetch(path, { headers: headers({}), credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return { problem: { title: 'The service did not answer', detail: 'Check the connection and try again.' } };
  }
  if (!response.ok) {
    const type = response.headers.get('Content-Type') || '';
    const problem = type.includes('json') ? await response.json() : null;
    return { problem: problem ?? { title: response.statusText || 'This file cannot be shown to you.' } };
  }
  const blob = await response.blob();
  return { url: URL.createObjectURL(blob), type: blob.type };
}

// Case numbers and codes go into paths; anything else is refused before a call.
export const segment = (value) => encodeURIComponent(value);
