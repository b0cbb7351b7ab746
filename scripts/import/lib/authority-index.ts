/**
 * Finding a council of the authority list (from the Ofsted files) by the codes the DfE files use,
 * including the other codes `data/curated/council-changes.csv` gives a council.
 */
import { NO_COUNCIL_CHANGES, type CouncilChanges } from './council-changes';
import type { AuthorityRef } from './report';

/** Look up councils by ONS code first, then by old LA number. */
export class AuthorityIndex {
  private readonly byOns = new Map<string, AuthorityRef>();
  private readonly byNumber = new Map<number, AuthorityRef>();
  constructor(
    readonly all: readonly AuthorityRef[],
    changes: CouncilChanges = NO_COUNCIL_CHANGES,
  ) {
    for (const a of all) {
      if (a.onsCode) this.byOns.set(a.onsCode, a);
      // A former and a current council may share a number in theory; prefer the current one.
      const prev = this.byNumber.get(a.laNumber);
      if (!prev || (!prev.current && a.current)) this.byNumber.set(a.laNumber, a);
    }
    const bySlug = new Map(all.map((a) => [a.slug, a]));
    for (const [code, slug] of changes.onsAliases) {
      const a = bySlug.get(slug);
      if (a && !this.byOns.has(code)) this.byOns.set(code, a);
    }
    for (const [n, slug] of changes.laAliases) {
      const a = bySlug.get(slug);
      if (a && !this.byNumber.has(n)) this.byNumber.set(n, a);
    }
  }
  find(onsCode: string, laNumber: string): AuthorityRef | undefined {
    const byOns = onsCode ? this.byOns.get(onsCode) : undefined;
    if (byOns) return byOns;
    return /^\d+$/.test(laNumber) ? this.byNumber.get(Number(laNumber)) : undefined;
  }
  byLaNumber(n: number): AuthorityRef | undefined {
    return this.byNumber.get(n);
  }
}
