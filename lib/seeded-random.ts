/**
 * mulberry32, a tiny seeded pseudo-random generator: the same seed gives the same sequence, so the
 * generated workspaces of `npm run seed:large` and of the large-data tests are the same at every run.
 * Good enough to spread synthetic data; never for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
