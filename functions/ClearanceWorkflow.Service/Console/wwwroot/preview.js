// A scanned document or a letter shown in the page: fetched with the caller's credentials into a blob URL, so nothing
// of it goes into an address. PDFs in a frame, images inline; a TIFF (which browsers do not show) is offered as a file.
import { html, useState, useEffect } from './lib/htm-preact-standalone.js';
import { fileOf } from './api.js';
import { Problem } from './ui.js';

export function Preview({ path, title, fileName, onClose }) {
  const [file, setFile] = useState(undefined);
  useEffect(() => {
    let made = null;
    fileOf(path).then((f) => { made = f; setFile(f); });
    return () => { if (made?.url) URL.revokeObjectURL(made.url); };
  }, [path]);

  let body;
  if (file === undefined) body = html`<p class="loading">Loading…</p>`;
  else if (file.problem) body = html`<${Problem} problem=${file.problem} />`;
  else if (file.type === 'application/pdf') body = html`<iframe class="pdf" src=${file.url} title=${title}></iframe>`;
  else if (file.type.startsWith('image/') && file.type !== 'image/tiff') body = html`<img class="scan" src=${file.url} alt=${title} />`;
  else body = html`<p>This file type cannot be shown in the browser; save it to open it.</p>`;

  return html`<section class="preview panel" aria-label=${`Preview: ${title}`}>
    <div class="preview-bar"><h3>${title}</h3>
      ${file?.url && html`<a class="button" href=${file.url} download=${fileName}>Save</a>`}
      ${file?.url && file.type === 'application/pdf' && html`<a class="button" href=${file.url} target="_blank" rel="noopener">Open to print</a>`}
      <button type="button" onClick=${onClose}>Close preview</button></div>
    ${body}
  </section>`;
}
