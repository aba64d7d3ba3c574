// The mailroom: what waits to be printed and mailed, oldest first; open or print each PDF, mark items mailed one by
// one or a selection at once (each mark is its own event with its own eventId, so a retried batch marks each once).
import { html, useState, useCallback } from './lib/htm-preact-standalone.js';
import { get, post, segment } from './api.js';
import { Preview } from './preview.js';
import { Problem, mayAct, usePolling, when, words } from './ui.js';

const REFRESH_MS = 15000;

export function Outbox({ me }) {
  const [answer, setAnswer] = useState(null);
  const [selected, setSelected] = useState({});
  const [preview, setPreview] = useState(null);
  const [results, setResults] = useState([]);
  const [busy, setBusy] = useState(false);
  const [mailed, setMailed] = useState({}); // accepted marks, hidden until the outbox no longer lists them

  const load = useCallback(() => get('/api/outbox').then(setAnswer), []);
  usePolling(load, REFRESH_MS);

  if (!answer) return html`<p class="loading">Loading…</p>`;
  if (!answer.ok) return html`<section><h1>Mailroom</h1><${Problem} problem=${answer.data} /></section>`;

  const items = answer.data.items.filter((i) => !mailed[i.itemId]);
  const canMail = mayAct(me.roles, 'mailroom');
  const chosen = items.filter((i) => selected[i.itemId]);
  const mark = async (batch) => {
    setBusy(true);
    const outcome = [];
    for (const item of batch) {
      const r = await post(`/api/cases/${segment(item.caseNumber)}/events/correspondence-mailed`,
        { itemId: item.itemId, eventId: `mailed-${item.itemId}` });
      outcome.push({ item, ok: r.ok, problem: r.ok ? null : r.data });
    }
    setResults(outcome);
    setMailed({ ...mailed, ...Object.fromEntries(outcome.filter((o) => o.ok).map((o) => [o.item.itemId, true])) });
    setSelected({});
    setBusy(false);
    load();
  };

  return html`<section>
    <h1>Mailroom</h1>
    <p class="hint">${items.length} item${items.length === 1 ? '' : 's'} waiting, oldest first.</p>
    <div role="status">${results.length > 0 && html`<ul class="results">${results.map((r) => html`<li class=${r.ok ? 'ok' : 'problem'}>
      ${words(r.item.kind)} ${r.item.itemId} of ${r.item.caseNumber}: ${r.ok ? 'marked mailed' : `${r.problem.title} ${r.problem.detail ?? ''}`}</li>`)}</ul>`}</div>
    ${items.length === 0 ? html`<p>Nothing waits to be mailed.</p>` : html`
    <div class="table-wrap"><table class="outbox">
      <caption class="visually-hidden">Correspondence waiting to be mailed</caption>
      <thead><tr>${canMail && html`<th scope="col">Select</th>`}<th scope="col">Item</th><th scope="col">Case</th><th scope="col">Queued</th><th scope="col">Actions</th></tr></thead>
      <tbody>${items.map((i) => html`<tr>
        ${canMail && html`<td><input type="checkbox" id=${`select-${i.itemId}`} aria-label=${`Select ${words(i.kind)} ${i.itemId}`}
          checked=${!!selected[i.itemId]} onChange=${(e) => setSelected({ ...selected, [i.itemId]: e.target.checked })} /></td>`}
        <th scope="row">${words(i.kind)} <span class="muted">${i.itemId}</span></th>
        <td><a href=${`#/case/${encodeURIComponent(i.caseNumber)}`}>${i.caseNumber}</a></td>
        <td>${when(i.queuedAt)}</td>
        <td class="row-actions">
          <button type="button" onClick=${() => setPreview({ path: i.download, title: `${words(i.kind)} ${i.itemId}`, fileName: `${i.itemId}.pdf` })}>Open</button>
          ${canMail && html`<button type="button" disabled=${busy} onClick=${() => mark([i])}>Mark mailed</button>`}
        </td>
      </tr>`)}</tbody>
    </table></div>
    ${canMail && html`<p><button type="button" disabled=${busy || chosen.length === 0} onClick=${() => mark(chosen)}>Mark ${chosen.length} selected mailed</button></p>`}`}
    ${preview && html`<${Preview} ...${preview} onClose=${() => setPreview(null)} />`}
  </section>`;
}
