/**
 * Delta debugging (Zeller and Hildebrandt's ddmin, https://www.st.cs.uni-saarland.de/papers/tse2002/):
 * the smallest part of a slow input that is still slow. fast-check's own shrinking needs a property
 * that throws, in-process; a hang has to be caught by a watchdog on another thread, so the search is
 * done here, over lines first and then characters, with an asynchronous test.
 */

export interface MinimiseLimits {
  /** Stop after this many tests of a candidate. */
  maxTests: number;
  /** Stop at this time (`performance.now()`). */
  deadline: number;
}

/** Splits `items` into `n` consecutive chunks of near-equal size. */
function chunksOf<T>(items: readonly T[], n: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < n; i++) {
    const chunk = items.slice(Math.floor((i * items.length) / n), Math.floor(((i + 1) * items.length) / n));
    if (chunk.length) chunks.push(chunk);
  }
  return chunks;
}

/** ddmin: a 1-minimal subsequence of `items` for which `fails` holds (given that it holds for `items`), within the limits. */
export async function ddmin<T>(items: readonly T[], fails: (candidate: T[]) => Promise<boolean>, limits: MinimiseLimits, tests = { count: 0 }): Promise<T[]> {
  let current = [...items];
  let n = 2;
  const exhausted = () => tests.count >= limits.maxTests || performance.now() >= limits.deadline;
  const test = (candidate: T[]) => {
    tests.count++;
    return fails(candidate);
  };
  while (current.length >= 2 && !exhausted()) {
    const chunks = chunksOf(current, n);
    let reduced = false;
    for (const chunk of chunks) {
      if (exhausted()) break;
      if (await test(chunk)) {
        current = chunk;
        n = 2;
        reduced = true;
        break;
      }
    }
    if (!reduced && chunks.length > 2) {
      for (let i = 0; i < chunks.length && !exhausted(); i++) {
        const complement = chunks.flatMap((chunk, j) => (j === i ? [] : chunk));
        if (await test(complement)) {
          current = complement;
          n = Math.max(n - 1, 2);
          reduced = true;
          break;
        }
      }
    }
    if (!reduced) {
      if (n >= current.length) break;
      n = Math.min(current.length, n * 2);
    }
  }
  return current;
}

/** The smallest text, by lines then by characters, for which `fails` still holds. */
export async function minimiseText(text: string, fails: (candidate: string) => Promise<boolean>, limits: MinimiseLimits): Promise<{ text: string; tests: number }> {
  const tests = { count: 0 };
  const lines = await ddmin(text.split(/(?<=\n)/), (candidate) => fails(candidate.join('')), limits, tests);
  const chars = await ddmin([...lines.join('')], (candidate) => fails(candidate.join('')), limits, tests);
  return { text: chars.join(''), tests: tests.count };
}
