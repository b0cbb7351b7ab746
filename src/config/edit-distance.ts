/**
 * The edit (Levenshtein) distance between two words: how many single-character insertions,
 * deletions and substitutions turn one into the other. Used to suggest the name an editor meant
 * ("did you mean …?") for a mistyped chart type, council slug, measure or inspection page id.
 */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] ?? 0;
      prev[j] = Math.min((prev[j] ?? 0) + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidate closest to `word` (ties: the first), if within `max` edits and closer than the
 * word's own length (so a short word does not "match" everything): for "did you mean …?".
 */
export function closestWord(word: string, candidates: Iterable<string>, max = 3): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== null && bestD <= max && bestD < word.length ? best : null;
}
