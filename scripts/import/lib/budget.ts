/**
 * Keeping one publisher's file within the import's budget (`IMPORT_BUDGET` in
 * src/config/limits.ts): a `ReadBudget` is made per file and asked at each step that could grow
 * memory or time (bytes inflated, cells kept, a row number, a repeat count, the clock). Past a
 * limit it throws `OverBudget`, which `readingFile` (problems.ts) turns into a refusal naming the
 * file and the row reached: never a crash, never a stack trace.
 */
import { IMPORT_BUDGET } from '../../../src/config/limits';

type Limits = { readonly [K in keyof typeof IMPORT_BUDGET]: number };

/** A file refused for going past the budget; `where` is the sheet and row reached, if any. */
export class OverBudget extends Error {
  constructor(
    message: string,
    readonly where: string,
  ) {
    super(message);
    this.name = 'OverBudget';
  }
}

/** How often (in calls of `tick`) the clock is read. */
const TICK_EVERY = 4096;

export class ReadBudget {
  private inflatedSoFar = 0;
  private cellsSoFar = 0;
  private ticks = 0;
  private readonly deadline: number;
  /** Where the reader is, for messages: `sheet "S", row 12`. */
  where = '';

  constructor(
    readonly limits: Limits = IMPORT_BUDGET,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + limits.seconds * 1000;
  }

  /** A refusal at the place reached (to throw). */
  refusal(message: string): OverBudget {
    return new OverBudget(message, this.where);
  }

  private refuse(message: string): never {
    throw this.refusal(message);
  }

  /** The file's size on disk. */
  fileSize(bytes: number): void {
    if (bytes > this.limits.fileBytes)
      this.refuse(`the file is ${bytes} bytes; the import reads files of at most ${this.limits.fileBytes}`);
  }

  /** A zip part about to be inflated (its declared size), or bytes just inflated. */
  inflate(bytes: number, part: string): void {
    this.inflatedSoFar += bytes;
    if (this.inflatedSoFar > this.limits.inflatedBytes)
      this.refuse(
        `${part} inflates past ${this.limits.inflatedBytes} bytes, the most the import inflates from one file`,
      );
  }

  /** `n` more cells kept in memory. */
  cells(n: number): void {
    this.cellsSoFar += n;
    if (this.cellsSoFar > this.limits.cells)
      this.refuse(`more than ${this.limits.cells} cells, the most the import keeps from one file`);
  }

  /**
   * A count the file declares (`what`: "a row number", "a cell's repeat count"): it must be a
   * whole number from 1 to `max`. Returns it as a number.
   */
  count(raw: string, what: string, max: number): number {
    const n = /^\d{1,16}$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(n) || n < 1 || n > max)
      this.refuse(`${what} is "${raw}"; expected a whole number from 1 to ${max}`);
    return n;
  }

  /** Characters in one cell. */
  cellChars(n: number): void {
    if (n > this.limits.cellChars) this.refuse(`a cell holds more than ${this.limits.cellChars} characters`);
  }

  /** Called often while reading; past the time budget the file is refused. */
  tick(): void {
    if (++this.ticks % TICK_EVERY === 0) this.clock();
  }

  /** Check the clock now. */
  clock(): void {
    if (this.now() > this.deadline)
      this.refuse(`reading it took longer than ${this.limits.seconds} s, the import's limit for one file`);
  }
}
