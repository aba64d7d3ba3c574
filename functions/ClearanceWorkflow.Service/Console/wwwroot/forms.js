// A staff event as a form: the fields its body needs, sent once (a fresh eventId per form, kept across retries),
// with the service's refusal shown next to the field at fault, and a 409 explained.
import { html, useState } from './lib/htm-preact-standalone.js';
import { post, segment } from './api.js';
import { EVENTS, bodyOf } from './events.js';
import { Field, Problem, words } from './ui.js';

function optionsOf(field, view) {
  if (field.options === 'outbox') {
    return view.correspondence.filter((c) => c.state === 'InOutbox').map((c) => [c.itemId, `${words(c.kind)} (${c.itemId})`]);
  }
  if (field.options === 'verifiable') {
    return view.correspondence.filter((c) => c.verificationCode).map((c) => [c.verificationCode, `${words(c.kind)}: ${c.verificationCode}`]);
  }
  return field.options.map((o) => [o, words(o)]);
}

function Control({ field, id, view, value, onInput }) {
  return (a) => {
    const common = { ...a, name: field.name, required: field.required, value, onInput: (e) => onInput(e.target.value), onChange: (e) => onInput(e.target.value) };
    switch (field.kind) {
      case 'textarea': return html`<textarea ...${common} rows="3" />`;
      case 'select': return html`<select ...${common}><option value="">Choose…</option>
        ${optionsOf(field, view).map(([v, label]) => html`<option value=${v}>${label}</option>`)}</select>`;
      case 'yesno': return html`<select ...${common}><option value="">Choose…</option><option value="true">Yes</option><option value="false">No</option></select>`;
      case 'instant': return html`<input ...${common} type="datetime-local" />`;
      case 'money': return html`<input ...${common} type="number" min="0" step="0.01" inputmode="decimal" />`;
      default: return html`<input ...${common} type="text" autocomplete="off" />`;
    }
  };
}

function Verdicts({ view, verdicts, setVerdicts, errors, formId }) {
  return html`<fieldset class="verdicts"><legend>Verdict on each document</legend>
    ${view.documents.map((d, i) => {
      const v = verdicts[d.documentId];
      const id = `${formId}-verdict-${i}`;
      const set = (change) => setVerdicts({ ...verdicts, [d.documentId]: { ...v, ...change } });
      const error = (errors[`verdicts[${i}].reason`] ?? errors[`verdicts[${i}]`])?.join(' ');
      return html`<div class="verdict">
        <${Field} id=${`${id}-accepted`} label=${`${words(d.type)} (${d.documentId})`}>
          ${(a) => html`<select ...${a} value=${v.accepted ? 'true' : 'false'} onChange=${(e) => set({ accepted: e.target.value === 'true' })}>
            <option value="true">Accepted</option><option value="false">Rejected</option></select>`}
        <//>
        ${!v.accepted && html`<${Field} id=${`${id}-reason`} label="Reason for rejecting" error=${error}>
          ${(a) => html`<input ...${a} type="text" value=${v.reason ?? ''} onInput=${(e) => set({ reason: e.target.value })} />`}
        <//>`}
      </div>`;
    })}
  </fieldset>`;
}

function newEventId() {
  return crypto.randomUUID();
}

export function EventForm({ eventType, view, onSent }) {
  const definition = EVENTS[eventType];
  const formId = `event-${eventType}`;
  const [values, setValues] = useState({});
  const [verdicts, setVerdicts] = useState(() => Object.fromEntries(view.documents.map((d) => [d.documentId, { accepted: true }])));
  const [eventId, setEventId] = useState(newEventId);
  const [problem, setProblem] = useState(null);
  const [sending, setSending] = useState(false);

  const errors = problem?.errors ?? {};
  const submit = async (e) => {
    e.preventDefault();
    setSending(true);
    const body = { ...bodyOf(eventType, values, verdicts), eventId };
    const r = await post(`/api/cases/${segment(view.caseNumber)}/events/${eventType}`, body);
    setSending(false);
    if (r.ok) {
      setProblem(null);
      setValues({});
      setEventId(newEventId());
      onSent(definition.label);
      return;
    }
    setProblem(r.status === 409 ? conflict(r.data) : r.data);
  };

  const visible = definition.fields.filter((f) => !f.when || values[f.when] === 'true');
  const shown = [...visible.map((f) => f.name), ...Object.keys(errors).filter((k) => k.startsWith('verdicts['))];
  return html`<form class="event panel" id=${formId} onSubmit=${submit} novalidate aria-labelledby=${`${formId}-title`}>
    <h3 id=${`${formId}-title`}>${definition.label}</h3>
    ${definition.hint && html`<p class="hint">${definition.hint}</p>`}
    ${definition.verdicts && html`<${Verdicts} view=${view} verdicts=${verdicts} setVerdicts=${setVerdicts} errors=${errors} formId=${formId} />`}
    ${visible.map((field) => {
      const id = `${formId}-${field.name.replace(/\./g, '-')}`;
      return html`<${Field} id=${id} label=${field.label + (field.required ? '' : ' (optional)')} hint=${field.hint} error=${errors[field.name]?.join(' ')}>
        ${Control({ field, id, view, value: values[field.name] ?? '', onInput: (v) => setValues({ ...values, [field.name]: v }) })}
      <//>`;
    })}
    <${Field} id=${`${formId}-note`} label="Note (optional)" error=${errors.note?.join(' ')}>
      ${(a) => html`<input ...${a} type="text" value=${values.note ?? ''} onInput=${(e) => setValues({ ...values, note: e.target.value })} />`}
    <//>
    <${Problem} problem=${problem} shown=${[...shown, 'note']} />
    <button type="submit" disabled=${sending}>${sending ? 'Sending…' : definition.label}</button>
  </form>`;
}

// A 409 in a clerk's words: what the case waits for, and what it accepts now.
function conflict(problem) {
  const expected = problem.expectedEvents ?? [];
  const waits = problem.stage ? ` The case is at ${words(problem.stage)}` : '';
  const accepts = expected.length > 0 ? `; it accepts now: ${expected.map((t) => EVENTS[t]?.label ?? t).join(', ')}.` : (waits ? '; it accepts no event now.' : '');
  return { ...problem, title: 'The case cannot take this now.', detail: `${problem.detail ?? ''}${waits}${accepts}` };
}
