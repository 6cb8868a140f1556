// The preview server under load: 20,000 requests from 64 concurrent connections on
// loopback (autocannon), a mix of pages, hashed assets, compressed and uncompressed
// replies and misses. Every request must get its expected status with no connection
// error, and the server's heap after garbage collection must not grow (a leak of
// 200 bytes a request would add 4 MB). The server runs in its own process, so its
// memory is measured apart from the test's. Heap, not RSS: RSS keeps what the
// allocator once took and says little about a leak over one run.
import { fork, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, distFiles, urlOf } from '../helpers/dist.ts';

const REQUESTS = 20_000;
const CONNECTIONS = 64;
const MAX_GROWTH = 4 * 1024 * 1024;

let child: ChildProcess;
let url: string;

function ask<T>(message: string | null, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Record<string, unknown>) => {
      if (!(key in m)) return;
      child.off('message', onMessage);
      resolve(m[key] as T);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    if (message) child.send(message);
  });
}

beforeAll(async () => {
  assertBuilt();
  child = fork('tests/hosting/fixtures/load-server.ts', [DIST], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  url = await ask<string>(null, 'url');
}, 30_000);
afterAll(() => child?.kill());

/** The mix: every kind of reply the server makes, each with the status it must have. */
function mix(): { path: string; headers?: Record<string, string>; status: number }[] {
  const urls = distFiles().map(urlOf);
  const pick = (re: RegExp) => {
    const u = urls.find((x) => re.test(x));
    if (!u) throw new Error(`no built file matches ${re}`);
    return u;
  };
  const page = pick(/^\/[^/]+\/$/);
  return [
    { path: '/', status: 200 },
    { path: page, headers: { 'accept-encoding': 'br' }, status: 200 },
    { path: page, headers: { 'accept-encoding': 'gzip' }, status: 200 },
    { path: pick(/^\/_astro\/.+\.css$/), headers: { 'accept-encoding': 'gzip, br' }, status: 200 },
    { path: '/og/site.png', status: 200 },
    { path: page.slice(0, -1), status: 301 },
    { path: '/no-such-page/', headers: { 'accept-encoding': 'gzip' }, status: 404 },
    { path: '/%E0%A4%A', status: 400 },
  ];
}

async function load(amount: number) {
  const requests = mix();
  const expected: Record<number, number> = {};
  // autocannon walks the list in order on each connection, so statuses come in known proportions.
  const perCycle = Object.groupBy(requests, (r) => String(r.status));
  for (const [status, list] of Object.entries(perCycle)) expected[Number(status)] = (list?.length ?? 0) / requests.length;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    amount,
    timeout: 20,
    requests: requests.map((r) => ({ method: 'GET', path: r.path, headers: r.headers })),
  });
  return { result, expected };
}

const heap = () => ask<number>('heap', 'heap');

describe(`npm start's server under ${REQUESTS.toLocaleString('en')} requests from ${CONNECTIONS} connections`, () => {
  let before: number;
  let after: number;
  let result: autocannon.Result;
  let expected: Record<number, number>;
  beforeAll(async () => {
    await load(4000); // warm-up: sirv's caches, compression's buffers, the JIT
    before = await heap();
    ({ result, expected } = await load(REQUESTS));
    after = await heap();
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    console.log(
      `load: ${result.requests.total} requests in ${result.duration} s (${Math.round(result.requests.average)}/s), heap ${mb(before)} → ${mb(after)} MB`,
    );
  }, 180_000);

  it('answers every request, with no connection error, timeout or reset', () => {
    expect(result.errors, 'connection errors').toBe(0);
    expect(result.timeouts, 'timeouts').toBe(0);
    expect(result.resets, 'resets').toBe(0);
    const total = Object.values(result.statusCodeStats ?? {}).reduce((n, s) => n + (s.count ?? 0), 0);
    expect(total).toBeGreaterThanOrEqual(REQUESTS);
  });

  it('gives each kind of request its status, in the proportions of the mix', () => {
    const stats = result.statusCodeStats ?? {};
    const total = Object.values(stats).reduce((n, s) => n + (s.count ?? 0), 0);
    expect(Object.keys(stats).map(Number).sort()).toEqual(Object.keys(expected).map(Number).sort());
    for (const [status, share] of Object.entries(expected)) {
      const got = (stats[status as `${number}`]?.count ?? 0) / total;
      expect(Math.abs(got - share), `share of ${status} replies: ${got.toFixed(3)} vs ${share.toFixed(3)}`).toBeLessThan(0.01);
    }
  });

  it('does not grow its heap', () => {
    const growth = after - before;
    expect(growth, `heap grew by ${(growth / 1024 / 1024).toFixed(1)} MB over ${REQUESTS} requests`).toBeLessThan(MAX_GROWTH);
  });

  it('still serves a page afterwards', async () => {
    const res = await fetch(`${url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<main');
  });
});
