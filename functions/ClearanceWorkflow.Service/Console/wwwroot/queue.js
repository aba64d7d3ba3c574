// Work queues: open cases filtered by service, stage and what they wait on, oldest first, paged, refreshed in place.
import { html, useState, useCallback } from './lib/htm-preact-standalone.js';
import { get } from './api.js';
import { Field, Problem, Urgency, usePolling, when, words } from './ui.js';

const REFRESH_MS = 15000;

export const SERVICES = ['ClearanceLetter', 'Exoneration', 'ArrestRecordSealing', 'Referral'];
export const STAGES = ['AwaitingScans', 'DocumentReview', 'AwaitingApplicant', 'AwaitingDeposit', 'AwaitingClearance',
  'AwaitingReplacementPayment', 'RecordsCheck', 'SupervisorDecision', 'IdentityVerification', 'Investigation',
  'AwaitingReturnVisit', 'FinalVerification', 'AgencyReview', 'ProsecutorConcurrence', 'LetterApproval',
  'AwaitingMailing', 'AwaitingDestruction'];
export const WAITING_ON = ['Staff', 'Applicant', 'Scanning', 'Payment', 'Appointment', 'Timer'];

// Each role's own queues, first the one it works most.
const QUEUES = [
  { role: 'intake', label: 'Document review', filter: { stage: 'DocumentReview' } },
  { role: 'intake', label: 'Being scanned', filter: { waitingOn: 'Scanning' } },
  { role: 'intake', label: 'Waiting on the applicant', filter: { stage: 'AwaitingApplicant' } },
  { role: 'cashier', label: 'Deposits', filter: { stage: 'AwaitingDeposit' } },
  { role: 'cashier', label: 'Payments clearing', filter: { stage: 'AwaitingClearance' } },
  { role: 'cashier', label: 'Replacement payments', filter: { stage: 'AwaitingReplacementPayment' } },
  { role: 'records', label: 'Records checks', filter: { stage: 'RecordsCheck' } },
  { role: 'records', label: 'Records to destroy', filter: { stage: 'AwaitingDestruction', waitingOn: 'Staff' } },
  { role: 'investigator', label: "Today's return visits", filter: { waitingOn: 'Appointment' } },
  { role: 'investigator', label: 'Identity verification', filter: { stage: 'IdentityVerification' } },
  { role: 'investigator', label: 'Investigations', filter: { stage: 'Investigation' } },
  { role: 'investigator', label: 'Final verification', filter: { stage: 'FinalVerification' } },
  { role: 'investigator', label: 'Sealing: agency review', filter: { stage: 'AgencyReview' } },
  { role: 'supervisor', label: 'Decisions', filter: { stage: 'SupervisorDecision' } },
  { role: 'supervisor', label: 'Approvals', filter: { stage: 'LetterApproval' } },
  { role: 'supervisor', label: 'Prosecutor concurrence', filter: { stage: 'ProsecutorConcurrence' } },
  { role: 'mailroom', label: 'Awaiting mailing', filter: { stage: 'AwaitingMailing' } },
];

const EMPTY = { service: '', stage: '', waitingOn: '' };

function queuesOf(roles) {
  return QUEUES.filter((q) => roles.includes(q.role) || (roles.includes('supervisor') && q.role === 'supervisor'));
}

function Select({ id, label, value, options, onChange }) {
  return html`<${Field} id=${id} label=${label}>
    ${(a) => html`<select ...${a} value=${value} onChange=${(e) => onChange(e.target.value)}>
      <option value="">Any</option>
      ${options.map((o) => html`<option value=${o}>${words(o)}</option>`)}
    </select>`}
  <//>`;
}

export function Queue({ me }) {
  const mine = queuesOf(me.roles);
  const [filter, setFilter] = useState({ ...EMPTY, ...(mine[0]?.filter ?? {}) });
  const [pages, setPages] = useState([null]); // continuation tokens: the first page has none
  const [answer, setAnswer] = useState(null);
  const [refreshedAt, setRefreshedAt] = useState(null);

  const token = pages[pages.length - 1];
  const load = useCallback(async () => {
    const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v));
    query.set('pageSize', '25');
    if (token) query.set('continuationToken', token);
    const r = await get(`/api/cases?${query}`);
    setAnswer(r);
    setRefreshedAt(new Date());
  }, [filter, token]);

  usePolling(load, REFRESH_MS);

  const choose = (next) => { setFilter(next); setPages([null]); };
  const items = answer?.ok ? answer.data.items : [];
  const visits = filter.waitingOn === 'Appointment';

  return html`<section>
    <h1>Work queue</h1>
    ${mine.length > 0 && html`<div class="presets" role="group" aria-label="Your queues">
      ${mine.map((q) => html`<button type="button" class=${sameFilter(filter, q.filter) ? 'preset current' : 'preset'}
        aria-pressed=${sameFilter(filter, q.filter) ? 'true' : 'false'} onClick=${() => choose({ ...EMPTY, ...q.filter })}>${q.label}</button>`)}
      <button type="button" class=${sameFilter(filter, EMPTY) ? 'preset current' : 'preset'}
        aria-pressed=${sameFilter(filter, EMPTY) ? 'true' : 'false'} onClick=${() => choose(EMPTY)}>All open cases</button>
    </div>`}
    <form class="filters" onSubmit=${(e) => e.preventDefault()}>
      <${Select} id="filter-service" label="Service" value=${filter.service} options=${SERVICES} onChange=${(v) => choose({ ...filter, service: v })} />
      <${Select} id="filter-stage" label="Stage" value=${filter.stage} options=${STAGES} onChange=${(v) => choose({ ...filter, stage: v })} />
      <${Select} id="filter-waiting" label="Waiting on" value=${filter.waitingOn} options=${WAITING_ON} onChange=${(v) => choose({ ...filter, waitingOn: v })} />
      <button type="button" onClick=${load}>Refresh</button>
    </form>
    <p class="hint" aria-live="polite">${answer?.ok ? `${items.length} case${items.length === 1 ? '' : 's'} on this page` : ''}${refreshedAt ? `, refreshed ${refreshedAt.toLocaleTimeString()}` : ''}${visits ? '; visits due by the end of today, earliest first' : '; oldest first'}.</p>
    ${answer && !answer.ok && html`<${Problem} problem=${answer.data} />`}
    <div class="table-wrap"><table class="queue">
      <caption class="visually-hidden">Open cases</caption>
      <thead><tr><th scope="col">Case</th><th scope="col">Service</th><th scope="col">Stage</th><th scope="col">Waiting on</th>
        <th scope="col">${visits ? 'Return visit' : 'Opened'}</th><th scope="col">Deadline</th><th scope="col">Status</th></tr></thead>
      <tbody>${items.map((c) => html`<tr class=${c.urgency === 'Overdue' ? 'overdue' : c.urgency === 'DueSoon' ? 'due-soon' : ''}>
        <th scope="row"><a href=${`#/case/${encodeURIComponent(c.caseNumber)}`}>${c.caseNumber}</a></th>
        <td>${words(c.service)}</td><td>${words(c.stage)}</td><td>${words(c.waitingOn)}</td>
        <td>${when(visits ? c.appointmentAt : c.openedAt)}</td><td>${when(c.deadline)}</td><td><${Urgency} urgency=${c.urgency} /></td>
      </tr>`)}</tbody>
    </table></div>
    ${answer?.ok && items.length === 0 && html`<p>No open case matches.</p>`}
    <div class="pager">
      <button type="button" disabled=${pages.length === 1} onClick=${() => setPages([null])}>First page</button>
      <button type="button" disabled=${!answer?.ok || !answer.data.continuationToken}
        onClick=${() => setPages([...pages, answer.data.continuationToken])}>Next page</button>
    </div>
  </section>`;
}

function sameFilter(a, b) {
  return ['service', 'stage', 'waitingOn'].every((k) => (a[k] || '') === (b[k] || ''));
}

