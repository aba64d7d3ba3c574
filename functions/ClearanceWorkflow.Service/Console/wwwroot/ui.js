// Pieces every page uses: labelled fields with their error, problem details, dates and words.
import { html, useEffect } from './lib/htm-preact-standalone.js';
import { watch } from './api.js';

// Supervisors may do everything staff may; auditors read everything (docs/api.md, Callers and roles).
export const mayAct = (roles, role) => roles.includes(role) || roles.includes('supervisor');
export const mayRead = (roles, role) => mayAct(roles, role) || roles.includes('auditor');

// A control with its label, hint and error, tied together for screen readers: the child is a function given the
// control's id and aria attributes.
export function Field({ id, label, hint, error, children }) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const render = Array.isArray(children) ? children[0] : children;
  const control = render({ id, 'aria-describedby': described, 'aria-invalid': error ? 'true' : undefined });
  return html`<div class=${'field' + (error ? ' invalid' : '')}>
    <label for=${id}>${label}</label>
    ${hint && html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`}
    ${control}
    ${error && html`<p class="error" id=${`${id}-error`}>${error}</p>`}
  </div>`;
}

// A refusal as the service explained it: its title, its detail, and any field errors not shown beside a field.
export function Problem({ problem, shown = [] }) {
  if (!problem) return null;
  const others = Object.entries(problem.errors ?? {}).filter(([field]) => !shown.includes(field));
  return html`<div class="problem" role="alert">
    <p><strong>${problem.title}</strong>${problem.detail && problem.detail !== problem.title ? ` ${problem.detail}` : ''}</p>
    ${others.length > 0 && html`<ul>${others.map(([field, messages]) => html`<li>${field}: ${messages.join(' ')}</li>`)}</ul>`}
  </div>`;
}

// Names whose words are not their letters'.
const SPELLED = { UsCitizen: 'US citizen', ArrestRecordSealing: 'Arrest-record sealing' };

// 'AwaitingReturnVisit' → 'Awaiting return visit'.
export function words(name) {
  if (!name) return '';
  if (SPELLED[name]) return SPELLED[name];
  const spaced = String(name).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/-/g, ' ').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export const when = (instant) => (instant ? dateTime.format(new Date(instant)) : '—');
export const day = (date) => (date ? dateOnly.format(new Date(`${date}T00:00:00Z`)) : '—');

// Due soon and overdue at a glance: a word and a shape, not colour alone.
export function Urgency({ urgency }) {
  if (!urgency || urgency === 'OnTrack') return html`<span class="badge on-track">On track</span>`;
  return urgency === 'Overdue'
    ? html`<span class="badge overdue">▲ Overdue</span>`
    : html`<span class="badge due-soon">● Due soon</span>`;
}

// Loads a case view at once, then asks the service to answer when it changes (no polling): each answer arrives the moment the
// case moves on. After a refusal or a fault, and while the tab is hidden, it looks again every `ms`.
export function useWatching(path, onAnswer, ms) {
  useEffect(() => {
    const stop = new AbortController();
    const pause = () => new Promise((resolve) => setTimeout(resolve, ms));
    (async () => {
      let tag = null;
      while (!stop.signal.aborted) {
        if (tag && document.visibilityState !== 'visible') { await pause(); continue; }
        const answer = await watch(path, tag, 25, stop.signal);
        if (stop.signal.aborted) return;
        if (answer.status === 304) continue;
        onAnswer(answer);
        tag = answer.ok ? answer.tag : null;
        if (!tag) await pause();
      }
    })();
    return () => stop.abort();
  }, [path, onAnswer, ms]);
}

// Loads at once, then again every `ms` while the tab is visible: how every page stays fresh without a reload.
export function usePolling(load, ms) {
  useEffect(() => {
    load();
    const timer = setInterval(() => { if (document.visibilityState === 'visible') load(); }, ms);
    return () => clearInterval(timer);
  }, [load, ms]);
}
