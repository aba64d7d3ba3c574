// A case as staff work it: where it stands, its documents and letters with previews, its timeline, and the events it
// expects now as forms for the caller's roles.
import { html, useState, useEffect, useCallback } from './lib/htm-preact-standalone.js';
import { get, segment } from './api.js';
import { EVENTS } from './events.js';
import { EventForm } from './forms.js';
import { Preview } from './preview.js';
import { Problem, mayAct, useWatching, when, day, words } from './ui.js';

const REFRESH_MS = 5000;

function Facts({ pairs }) {
  const shown = pairs.filter(([, v]) => v !== null && v !== undefined && v !== '');
  return html`<dl class="facts">${shown.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
}

function Summary({ view }) {
  return html`<${Facts} pairs=${[
    ['Service', words(view.service)],
    ['Status', view.status === 'Closed' ? `Closed: ${words(view.outcome)}` : 'Open'],
    ['Stage', words(view.stage)],
    ['Waiting on', words(view.waitingOn)],
    ['Deadline', view.deadline && html`${when(view.deadline)}${view.overdue ? html` <span class="badge overdue">▲ Overdue</span>` : ''}`],
    ['Return visit', view.returnVisitAt && when(view.returnVisitAt)],
    ['Reschedules left', view.reschedulesLeft],
    ['Return visit missed', view.returnVisitMissed ? 'Yes: waiting for a reschedule until the no-show deadline' : null],
    ['Needs good cause', view.needsGoodCause ? 'Yes (filed more than two years after the arrest)' : null],
    ['Sealed', view.sealed ? 'Yes' : null],
    ['Destruction due', view.destructionDueOn && day(view.destructionDueOn)],
    ['Received', day(view.receivedOn)],
    ['Opened', when(view.openedAt)],
    ['Updated', when(view.updatedAt)],
  ]} />`;
}

function Applicant({ view }) {
  const a = view.applicant;
  if (!a) return null;
  const address = a.address ? [a.address.line1, a.address.line2, a.address.city, a.address.state, a.address.postalCode].filter(Boolean).join(', ') : null;
  const request = view.clearance ?? view.exoneration ?? view.sealing;
  return html`<section class="panel"><h2>Applicant and request</h2>
    <${Facts} pairs=${[
      ['Name', [a.givenName, a.familyName].filter(Boolean).join(' ')],
      ['Date of birth', a.dateOfBirth && day(a.dateOfBirth)],
      ['Address', address],
      ['Access code', view.accessCode],
      ...Object.entries(request ?? {}).map(([k, v]) => [words(k), Array.isArray(v) ? v.join(', ') : k.endsWith('At') ? when(v) : typeof v === 'boolean' ? (v ? 'Yes' : 'No') : words(v)]),
    ]} />
  </section>`;
}

function Payment({ payment }) {
  if (!payment) return null;
  return html`<section class="panel"><h2>Payment</h2><${Facts} pairs=${[
    ['State', words(payment.state)], ['Amount due', `$${Number(payment.amountDue).toFixed(2)}`],
    ['Instrument', payment.instrument && words(payment.instrument)],
    ['Amount received', payment.amountReceived != null ? `$${Number(payment.amountReceived).toFixed(2)}` : null],
    ['Number', payment.number], ['Payable to', payment.payableTo],
  ]} /></section>`;
}

function Files({ view, setPreview }) {
  const base = `/api/cases/${segment(view.caseNumber)}`;
  return html`<section class="panel"><h2>Documents</h2>
    ${view.documents.length === 0 ? html`<p>No documents.</p>` : html`<ul class="files">${view.documents.map((d) => html`<li>
      <span>${words(d.type)} <span class="muted">${d.documentId}</span>: ${words(d.review)}${d.reason ? ` (${d.reason})` : ''}</span>
      <button type="button" onClick=${() => setPreview({ path: `${base}/documents/${segment(d.documentId)}`, title: `${words(d.type)} ${d.documentId}`, fileName: d.documentId })}>Preview</button>
    </li>`)}</ul>`}
    <h2>Correspondence</h2>
    ${view.correspondence.length === 0 ? html`<p>None yet.</p>` : html`<ul class="files">${view.correspondence.map((c) => html`<li>
      <span>${words(c.kind)} <span class="muted">${c.itemId}</span>: ${words(c.state)}${c.verificationCode ? `, verification code ${c.verificationCode}` : ''}</span>
      <button type="button" onClick=${() => setPreview({ path: `${base}/correspondence/${segment(c.itemId)}`, title: `${words(c.kind)} ${c.itemId}`, fileName: `${c.itemId}.pdf` })}>Preview</button>
    </li>`)}</ul>`}
  </section>`;
}

function Timeline({ caseNumber, updatedAt }) {
  const [answer, setAnswer] = useState(null);
  useEffect(() => { get(`/api/cases/${segment(caseNumber)}/timeline`).then(setAnswer); }, [caseNumber, updatedAt]);
  if (!answer || answer.status === 403) return null;
  if (!answer.ok) return html`<section class="panel"><h2>Timeline</h2><${Problem} problem=${answer.data} /></section>`;
  return html`<section class="panel"><h2>Timeline</h2><ol class="timeline">${answer.data.entries.map((e) => html`<li>
    <time datetime=${e.at}>${when(e.at)}</time> <strong>${words(e.what)}</strong> <span class="muted">by ${e.who}</span>
    ${e.why && html`<div>${e.why}</div>`}${e.note && html`<div class="muted">Note: ${e.note}</div>`}
  </li>`)}</ol></section>`;
}

// The events this caller may send now; a supervisor may revoke an issued letter of a closed case.
function actionable(view, roles) {
  const expected = [...view.expectedEvents];
  if (view.status === 'Closed' && ['Issued', 'Exonerated'].includes(view.outcome) && view.correspondence.some((c) => c.verificationCode)) {
    expected.push('letter-revoked');
  }
  return expected.filter((t) => EVENTS[t] && mayAct(roles, EVENTS[t].role));
}

export function CasePage({ caseNumber, me }) {
  const [answer, setAnswer] = useState(null);
  const [sent, setSent] = useState(null);
  const [preview, setPreview] = useState(null);

  const load = useCallback(() => get(`/api/cases/${segment(caseNumber)}`).then(setAnswer), [caseNumber]);
  useWatching(`/api/cases/${segment(caseNumber)}`, setAnswer, REFRESH_MS);

  if (!answer) return html`<p class="loading">Loading…</p>`;
  if (answer.status === 410) {
    const t = answer.data;
    return html`<section><h1>Case ${caseNumber}</h1><div class="panel"><p><strong>${t.title}</strong> ${t.detail}</p>
      <${Facts} pairs=${[['Service', words(t.service)], ['Outcome', words(t.outcome)], ['Opened', when(t.openedAt)], ['Destroyed', when(t.destroyedAt)], ['By', t.destroyedBy]]} /></div></section>`;
  }
  if (!answer.ok) return html`<section><h1>Case ${caseNumber}</h1><${Problem} problem=${answer.data} /></section>`;

  const view = answer.data;
  const events = actionable(view, me.roles);
  const onSent = (label) => { setSent(`${label}: sent. The case moves on in a moment.`); load(); };
  return html`<section class="case">
    <h1>Case ${view.caseNumber}</h1>
    <div class="columns">
      <div>
        <section class="panel"><h2>Where it stands</h2><${Summary} view=${view} /></section>
        <section class="actions" aria-labelledby="actions-title">
          <h2 id="actions-title">What the case expects now</h2>
          <p role="status" class="sent">${sent ?? ''}</p>
          ${events.length > 0
            ? events.map((t) => html`<${EventForm} key=${`${t}-${view.updatedAt}`} eventType=${t} view=${view} onSent=${onSent} />`)
            : html`<p>${view.status === 'Closed' ? 'The case is closed.' : `Nothing for your roles: the case waits on ${words(view.waitingOn).toLowerCase()}${view.expectedEvents.length > 0 ? ` (it accepts: ${view.expectedEvents.map((t) => EVENTS[t]?.label ?? t).join(', ')})` : ''}.`}</p>`}
        </section>
        <${Applicant} view=${view} />
        <${Payment} payment=${view.payment} />
      </div>
      <div>
        <${Files} view=${view} setPreview=${setPreview} />
        ${preview && html`<${Preview} ...${preview} onClose=${() => setPreview(null)} />`}
        <${Timeline} caseNumber=${view.caseNumber} updatedAt=${view.updatedAt} />
      </div>
    </div>
  </section>`;
}
