// The console's shell: who is signed in, the navigation their roles allow, and the page the address names.
import { html, render, useState, useEffect } from './lib/htm-preact-standalone.js';
import { get, session } from './api.js';
import { Queue } from './queue.js';
import { CasePage } from './case.js';
import { Outbox } from './outbox.js';
import { StatusPage, VerifyPage } from './public.js';
import { Field, mayRead } from './ui.js';

// The address after '#': '/case/CL-2026-000001' → ['case', 'CL-2026-000001']. It holds case numbers and codes, never personal data.
function route() {
  return location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
}

function useRoute() {
  const [parts, setParts] = useState(route());
  useEffect(() => {
    const onChange = () => { setParts(route()); document.querySelector('main')?.focus(); };
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return parts;
}

function SignIn({ method, onSignedIn }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState(null);
  if (method === 'entra') {
    return html`<section class="panel narrow"><h1>Staff sign-in</h1>
      <p><a class="button" href=${'/.auth/login/aad?post_login_redirect_uri=' + encodeURIComponent(location.pathname)}>Sign in with your city account</a></p></section>`;
  }
  const submit = async (e) => {
    e.preventDefault();
    session.signIn(key.trim());
    const me = await get('/api/me');
    if (me.ok) { setError(null); onSignedIn(me.data); return; }
    session.signOut();
    setError(me.status === 401 ? 'This key is not valid.' : me.status === 403 ? 'This key holds no staff role.' : me.data.title);
  };
  return html`<section class="panel narrow"><h1>Staff sign-in</h1>
    <form onSubmit=${submit} novalidate>
      <${Field} id="api-key" label="API key" error=${error} hint="Kept for this browser tab only, until it closes.">
        ${(a) => html`<input ...${a} type="password" autocomplete="off" required value=${key} onInput=${(e) => setKey(e.target.value)} />`}
      <//>
      <button type="submit" disabled=${key.trim().length === 0}>Sign in</button>
    </form></section>`;
}

function Nav({ me, onSignOut }) {
  const staff = me?.roles ?? [];
  return html`<header class="top">
    <a class="brand" href="#/">Records and Identification Division</a>
    <nav aria-label="Main">
      ${me && html`<a href="#/">Work queue</a>`}
      ${me && mayRead(staff, 'mailroom') && html`<a href="#/outbox">Mailroom</a>`}
      <a href="#/status">Case status</a>
      <a href="#/verify">Verify a letter</a>
      ${me && html`<span class="who">Signed in as ${me.staffId} (${staff.join(', ')})</span>
        <button type="button" class="link" onClick=${onSignOut}>Sign out</button>`}
    </nav>
  </header>`;
}

function App() {
  const parts = useRoute();
  const [me, setMe] = useState(undefined);
  const [method, setMethod] = useState('api-key');

  useEffect(() => {
    get('/api/me').then((r) => {
      if (r.ok) setMe(r.data);
      else { setMethod(r.data.signIn ?? 'api-key'); setMe(null); }
    });
  }, []);

  const signOut = () => {
    session.signOut();
    if (method === 'entra' || me?.signIn === 'entra') { location.href = '/.auth/logout'; return; }
    setMe(null);
    location.hash = '#/';
  };

  const [page, ...rest] = parts;
  let content;
  if (page === 'status') content = html`<${StatusPage} />`;
  else if (page === 'verify') content = html`<${VerifyPage} code=${rest[0]} />`;
  else if (me === undefined) content = html`<p class="loading">Loading…</p>`;
  else if (me === null) content = html`<${SignIn} method=${method} onSignedIn=${setMe} />`;
  else if (page === 'case' && rest[0]) content = html`<${CasePage} caseNumber=${rest[0]} me=${me} />`;
  else if (page === 'outbox') content = html`<${Outbox} me=${me} />`;
  else content = html`<${Queue} me=${me} />`;

  return html`<${Nav} me=${me} onSignOut=${signOut} /><main id="main" tabindex="-1">${content}</main>`;
}

const root = document.getElementById('app');
root.textContent = '';
render(html`<${App} />`, root);
