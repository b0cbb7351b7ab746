/** Finding a council of the authority list (from the Ofsted files) by the codes the DfE files use. */
import type { AuthorityRef } from './report';

/** Look up councils by ONS code first, then by old LA number. */
export class AuthorityIndex {
  private readonly byOns = new Map<string, AuthorityRef>();
  private readonly byNumber = new Map<number, AuthorityRef>();
  constructor(readonly all: readonly AuthorityRef[]) {
    for (const a of all) {
      if (a.onsCode) this.byOns.set(a.onsCode, a);
      // A former and a current council may share a number in theory; prefer the current one.
      const prev = this.byNumber.get(a.laNumber);
      if (!prev || (!prev.current && a.current)) this.byNumber.set(a.laNumber, a);
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
