import { notFound } from 'next/navigation';

// The benchmark's page baseline (scripts/bench): a page that does no work of its own. It goes
// through what every page goes through — the proxy's security headers, the root layout (language of
// the signed-in person, the shell's messages, client providers), server rendering and the flight
// payload — so a measured page's share of its throughput is the cost of that page's own work.
// It exists only on the benchmark's server (FILROUGE_BENCH=1): 404 everywhere else.
export const dynamic = 'force-dynamic';

export default function PageBaseline() {
  if (process.env.FILROUGE_BENCH !== '1') notFound();
  return (
    <main id="main">
      <h1>Fil rouge</h1>
    </main>
  );
}
