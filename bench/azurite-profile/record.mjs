// Records a CPU profile of a running Azurite (or any Node process) through its inspector.
// Usage: node --experimental-websocket bench/azurite-profile/record.mjs <pid> <seconds> <out.cpuprofile>
// SIGUSR1 makes Node open its inspector on 127.0.0.1:9229; the profile is the Chrome DevTools format (open it in DevTools, or summarize.mjs).
import { writeFileSync } from 'node:fs';
const [pid, secs, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node --experimental-websocket record.mjs <pid> <seconds> <out.cpuprofile>');
  process.exit(2);
}
process.kill(Number(pid), 'SIGUSR1');
await new Promise(r => setTimeout(r, 1500));
const list = await (await fetch('http://127.0.0.1:9229/json/list')).json();
const ws = new WebSocket(list[0].webSocketDebuggerUrl);
let id = 0; const pending = new Map();
ws.onmessage = e => { const m = JSON.parse(e.data); if (m.id && pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); } };
await new Promise(r => ws.onopen = r);
const call = (method, params = {}) => new Promise(r => { const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params })); });
await call('Profiler.enable');
await call('Profiler.setSamplingInterval', { interval: 1000 });
await call('Profiler.start');
await new Promise(r => setTimeout(r, Number(secs) * 1000));
const res = await call('Profiler.stop');
writeFileSync(out, JSON.stringify(res.result.profile));
// Close the inspector again: left open, it would let any local process run code in the emulator.
ws.send(JSON.stringify({ id: ++id, method: 'Runtime.evaluate', params: { expression: 'process._debugEnd()' } }));
await new Promise(r => setTimeout(r, 500));
ws.close();
console.log('saved', out);
