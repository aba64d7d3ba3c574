// Times the emulator's whole-file save on a copy of one of its database files: Azurite saves each service's database with
// LokiJS every 5 s while it changes, serializing the whole of it on the service's one thread, so every request waits
// meanwhile. Prints the file's collections by size and the median time of five serializations.
// Usage: node bench/azurite-profile/save-cost.mjs <copy of __azurite_db_table__.json, or of the blob or queue one>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(fileURLToPath(new URL('../../package.json', import.meta.url)));
const Loki = require('lokijs');
const db = new Loki('copy', { persistenceMethod: 'memory' });
db.loadJSON(readFileSync(process.argv[2], 'utf8'));
const sizes = db.collections
  .map(c => ({ name: c.name, rows: c.data.length, bytes: JSON.stringify(c.data).length }))
  .sort((a, b) => b.bytes - a.bytes);
for (const c of sizes.slice(0, 12)) {
  console.log(`${(c.bytes / 1e6).toFixed(1).padStart(6)} MB  ${String(c.rows).padStart(7)} rows  ${c.name}`);
}
const takes = [];
let length = 0;
for (let i = 0; i < 5; i++) {
  const start = process.hrtime.bigint();
  length = db.serialize().length;
  takes.push(Number(process.hrtime.bigint() - start) / 1e6);
}
takes.sort((a, b) => a - b);
console.log(`whole file ${(length / 1e6).toFixed(1)} MB: serialized in ${takes[2].toFixed(0)} ms (median of 5; ${takes.map(t => t.toFixed(0)).join(', ')})`);
