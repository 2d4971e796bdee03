/**
 * An element's input, from raw to model, with no DOM: raw input (an object, or JSON or CSV
 * text) → parsed document → validated input → model. Each step is memoised: the same raw input
 * is not parsed again, the same valid input not modelled again, and the model is built only
 * when asked for (`model()`), so an element far from the reader validates but does not model.
 *
 * Reading is pure: nothing here dispatches events or touches an element. The element (a thin
 * controller, kit-element.ts) decides when to settle, converts the problems to its locale and
 * reports them.
 */
import type { PathSegment } from '../core/json-path.js';
import { parseJsonText, type Problem, type Validated } from '../core/validation.js';
import type { RawInput } from './data-controller.js';

/** CSV text read into the element's document: what csv-shapes.ts `readCsvDocument` returns. */
export interface CsvRead {
  value: unknown;
  problems: readonly Problem[];
  reported: ReadonlySet<string>;
  locate(path: readonly PathSegment[]): Problem['cell'] | null;
  pathKey(path: readonly PathSegment[]): string;
}

export interface PipelineSteps<TInput, TModel> {
  validate(json: unknown): Validated<TInput>;
  build(input: TInput): TModel;
}

/**
 * How CSV can be read at this moment: a reader (the CSV chunk has loaded), `'loading'` (not yet),
 * or `'failed'` (the chunk could not be loaded).
 */
export type CsvAvailability = ((text: string) => CsvRead) | 'loading' | 'failed';

export interface SettleOptions {
  /** Validate again even if the raw input is the same (a property validation depends on changed). */
  revalidate: boolean;
  /** Build the model again from the same valid input (a property the model depends on changed). */
  rebuild: boolean;
  csv: CsvAvailability;
}

const CSV_FAILED: Problem = {
  path: [], code: 'custom',
  en: 'is CSV, but the CSV reader could not be loaded (check the network)',
  ar: 'بتنسيق CSV، لكن تعذر تحميل قارئ CSV (تحقّق من الشبكة)',
};

export class InputPipeline<TInput, TModel> {
  private lastKey: unknown = undefined;
  private validated: Validated<TInput> = { value: null, problems: [] };
  private parseProblems: readonly Problem[] = [];
  private documentValue: unknown = null;
  private shown: TModel | null = null;
  private due: TInput | null = null;
  private buildFailure: string | null = null;

  constructor(private readonly steps: PipelineSteps<TInput, TModel>) {}

  /**
   * Reads raw input that arrived since the last time. Returns `'waiting'` when it is CSV and the
   * reader is still loading (settle again once it has), else `'changed'` or `'same'`.
   */
  settle(raw: RawInput, options: SettleOptions): 'changed' | 'same' | 'waiting' {
    const key = rawKey(raw);
    let changed = false;
    if (options.revalidate || key !== this.lastKey) {
      if (raw && raw.source !== 'property' && raw.format === 'csv' && options.csv === 'loading') {
        this.lastKey = undefined; // read once the reader is there
        return 'waiting';
      }
      changed = true;
      this.lastKey = key;
      this.parseProblems = [];
      if (!raw) this.validated = { value: null, problems: [] };
      else if (raw.source !== 'property' && raw.format === 'csv') this.readCsv(raw.text, options.csv as Exclude<CsvAvailability, 'loading'>);
      else this.readJson(raw.source === 'property' ? { value: raw.value } : { text: raw.text });
    }
    if ((changed || options.rebuild) && this.validated.value !== null) {
      this.due = this.validated.value;
    } else if (changed && !raw) {
      this.shown = null;
      this.due = null;
      this.buildFailure = null;
    }
    return changed ? 'changed' : 'same';
  }

  private readJson(input: { value: unknown } | { text: string }): void {
    let json: unknown;
    if ('text' in input) {
      const parsed = parseJsonText(input.text);
      this.parseProblems = parsed.problems;
      json = parsed.value;
    } else json = input.value;
    if (this.parseProblems.length) {
      this.validated = { value: null, problems: [] };
      return;
    }
    this.documentValue = json;
    this.validated = this.steps.validate(json);
  }

  private readCsv(text: string, csv: Exclude<CsvAvailability, 'loading'>): void {
    if (csv === 'failed') {
      this.validated = { value: null, problems: [] };
      this.parseProblems = [CSV_FAILED];
      return;
    }
    const doc = csv(text);
    if (doc.value === null) {
      this.parseProblems = [...doc.problems];
      this.validated = { value: null, problems: [] };
      return;
    }
    this.documentValue = doc.value;
    const validated = this.steps.validate(doc.value);
    const problems = [...doc.problems];
    for (const p of validated.problems) {
      if (doc.reported.has(doc.pathKey(p.path))) continue; // its cell's problem already says it
      problems.push(p.cell ? p : { ...p, cell: doc.locate(p.path) ?? undefined });
    }
    this.validated = { value: validated.value, problems };
  }

  /** The model of the latest valid input, built now if it is due; the last one when input is invalid. */
  model(): TModel | null {
    const input = this.due;
    if (input !== null) {
      this.due = null;
      try {
        this.shown = this.steps.build(input);
        this.buildFailure = null;
      } catch (e) {
        // Never thrown out of an element: reported (and in `errors`) like any other problem.
        console.error('scorecard-kit:', e);
        this.buildFailure = String(e instanceof Error ? e.message : e);
      }
    }
    return this.shown;
  }

  /** The problems of the input read last: parsing first, then validation. */
  get problems(): readonly Problem[] {
    return [...this.parseProblems, ...this.validated.problems];
  }

  /** Why the model could not be built from valid input (a defect), or null. */
  get failure(): string | null {
    return this.buildFailure;
  }

  /** The document validated last (parsed, given, or read from CSV): what `toCSV()` writes. */
  get document(): unknown {
    return this.documentValue;
  }

  /** The latest input is valid. */
  get valid(): boolean {
    return this.validated.value !== null;
  }

  /** A model is shown, or one is due from valid input. */
  get hasModel(): boolean {
    return this.shown !== null || this.due !== null;
  }

  /** The model shown is the one of the latest valid input (nothing due). */
  get current(): boolean {
    return this.shown !== null && this.due === null;
  }
}

function rawKey(raw: RawInput): unknown {
  if (!raw) return null;
  return raw.source === 'property' ? raw.value : `${raw.source}\u0000${raw.format}\u0000${raw.text}`;
}
