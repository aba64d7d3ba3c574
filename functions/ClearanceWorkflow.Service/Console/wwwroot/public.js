// The public pages, without sign-in: an applicant's status (case number and access code, sent in the call only, never
// in the page's address) and letter verification (by code, or a link ending #/verify/{code}).
import { html, useState, useEffect } from './lib/htm-preact-standalone.js';
import { get, segment } from './api.js';
import { Field, Problem, when, day, words } from './ui.js';

function TextField({ id, label, hint, value, setValue, error, autocomplete = 'off' }) {
  return html`<${Field} id=${id} label=${label} hint=${hint} error=${error}>
    ${(a) => html`<input ...${a} type="text" autocomplete=${autocomplete} autocapitalize="characters" spellcheck="false"
      value=${value} onInput=${(e) => setValue(e.target.value)} />`}
  <//>`;
}

export function StatusPage() {
  const [caseNumber, setCaseNumber] = useState('');
  const [accessCode, setAccessCode] = useState('');
  const [answer, setAnswer] = useState(null);
  const submit = async (e) => {
    e.preventDefault();
    setAnswer(await get(`/api/status/${segment(caseNumber.trim())}?accessCode=${encodeURIComponent(accessCode.trim())}`));
  };
  const s = answer?.ok ? answer.data : null;
  return html`<section class="panel narrow">
    <h1>Where is my request?</h1>
    <p>Enter the case number and the access code from the acknowledgement you received.</p>
    <form onSubmit=${submit} novalidate>
      <${TextField} id="status-case" label="Case number" hint="For example CL-2026-4KX9QP." value=${caseNumber} setValue=${setCaseNumber} />
      <${TextField} id="status-code" label="Access code" value=${accessCode} setValue=${setAccessCode} />
      <button type="submit" disabled=${!caseNumber.trim() || !accessCode.trim()}>Show status</button>
    </form>
    <div aria-live="polite">
      ${answer && !answer.ok && html`<${Problem} problem=${answer.status === 404
        ? { title: 'No request matches this case number and access code.', detail: 'Check both and try again.' } : answer.data} />`}
      ${s && html`<div class="result" role="status"><h2>${words(s.service)}</h2>
        <dl class="facts">${Object.entries(s).filter(([k, v]) => v !== null && !['caseNumber', 'service'].includes(k)).map(([k, v]) =>
          html`<div><dt>${words(k)}</dt><dd>${k.endsWith('At') ? when(v) : k.endsWith('On') ? day(v) : typeof v === 'string' && /^[A-Z][a-zA-Z]+$/.test(v) ? words(v) : String(v)}</dd></div>`)}</dl></div>`}
    </div>
  </section>`;
}

export function VerifyPage({ code }) {
  const [value, setValue] = useState(code ?? '');
  const [answer, setAnswer] = useState(null);
  const check = async (c) => setAnswer(await get(`/api/verify/${segment(c.trim().toUpperCase())}`));
  useEffect(() => { if (code) { setValue(code); check(code); } }, [code]);
  const v = answer?.ok ? answer.data : null;
  return html`<section class="panel narrow">
    <h1>Verify a letter or certificate</h1>
    <p>Enter the verification code printed on the letter.</p>
    <form onSubmit=${(e) => { e.preventDefault(); check(value); }} novalidate>
      <${TextField} id="verify-code" label="Verification code" value=${value} setValue=${setValue} />
      <button type="submit" disabled=${!value.trim()}>Verify</button>
    </form>
    <div aria-live="polite">
      ${answer && !answer.ok && html`<${Problem} problem=${answer.status === 404
        ? { title: 'No letter or certificate has this code.', detail: 'It was not issued by the division, or its case no longer exists.' } : answer.data} />`}
      ${v && html`<div class=${`result ${v.status === 'Valid' ? 'valid' : 'revoked'}`} role="status">
        <h2>${v.status === 'Valid' ? '✔ Valid' : '✖ Revoked'}</h2>
        <dl class="facts">
          <div><dt>Document</dt><dd>${words(v.document)}</dd></div>
          <div><dt>Holder</dt><dd>${v.holderName}</dd></div>
          <div><dt>Issued</dt><dd>${day(v.issuedOn)}</dd></div>
          ${v.revokedOn && html`<div><dt>Revoked</dt><dd>${day(v.revokedOn)}</dd></div>`}
        </dl></div>`}
    </div>
  </section>`;
}
