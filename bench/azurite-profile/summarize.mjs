// Prints the functions of a .cpuprofile by their own time and by inclusive time (their callees counted), as shares of all samples.
// Usage: node bench/azurite-profile/summarize.mjs <profile.cpuprofile>
import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2]));
const byId = new Map(p.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
const self = new Map(); for (const s of p.samples) self.set(s, (self.get(s) || 0) + 1);
const total = p.samples.length;
const key = n => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
const selfBy = new Map(), inclBy = new Map();
for (const [idn, c] of self) {
  const n = byId.get(idn); selfBy.set(key(n), (selfBy.get(key(n)) || 0) + c);
  const seen = new Set(); let cur = idn;
  while (cur !== undefined) { const k = key(byId.get(cur)); if (!seen.has(k)) { seen.add(k); inclBy.set(k, (inclBy.get(k) || 0) + c); } cur = parent.get(cur); }
}
const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log('samples', total, '\n--- self\n' + top(selfBy, 30) + '\n--- inclusive\n' + top(inclBy, 70));
