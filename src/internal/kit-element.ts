/**
 * What every scorecard-kit element shares: the four ways data arrives, JSON
 * parsing, validation, `result` and `errors`, the error panel and `kpi-error`,
 * last good rendering, locale, currency and theme.
 *
 * Data flows one way: raw input -> validate (pure) -> model (pure) -> template. The steps and
 * their memos are the DOM-free `InputPipeline` (input-pipeline.ts); this class is the thin
 * controller around it: where the input comes from, when to settle, what is rendered, and the
 * events. Subclasses supply `validateInput`, `buildModel` and `renderModel`.
 *
 * Input is validated, the model built and the content rendered once the element's viewport
 * gate opens (in view: before the first paint; elsewhere: when near or when the page is idle);
 * `result`, `errors` and `toCSV()` settle the input on demand before that. They are reads:
 * events (`kpi-error`) fire from updates only, once the content shows.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toCsv, type CsvCell } from '../core/csv.js';
import type { CsvElement, MachineTable } from '../core/csv-write.js';
import type { PathSegment } from '../core/json-path.js';
import { currencyProblem, isRtlLocale, NumberFormatter, resolveCurrency, resolveLocale } from '../core/format.js';
import type { KitError, Theme } from '../core/types.js';
import { THEMES } from '../core/types.js';
import type { Problem, Validated } from '../core/validation.js';
import { enumConverter, secondsConverter } from './converters.js';
import type { ChartController } from './chart-controller.js';
import { DataController } from './data-controller.js';
import { InputPipeline, type CsvAvailability } from './input-pipeline.js';
import { renderErrorPanel } from './error-panel.js';
import { stringsFor, toKitError, type Strings } from './i18n.js';
import { ViewportGate } from './viewport-gate.js';
import { adoptStylesIn } from './documents.js';

/**
 * The CSV reader (d3-dsv, the cell parsers, the shapes and the export recognisers): a chunk of
 * its own, loaded when CSV data arrives, so pages fed JSON never fetch it. Once loaded it is
 * kept here, so reading CSV again is synchronous.
 */
type CsvReader = typeof import('../core/csv-shapes.js');
let csvReader: CsvReader | null = null;
let csvLoading: Promise<CsvReader> | null = null;
let csvLoadFailed = false;
const loadCsvReader = () =>
  (csvLoading ??= import('../core/csv-shapes.js').then((m) => (csvReader = m)));

/** The PNG painter for HTML and SVG charts: only needed to export, so a chunk of its own. */
let chartImage: Promise<typeof import('./chart-image.js')> | null = null;
const loadChartImage = () => (chartImage ??= import('./chart-image.js'));

/** The first value `read` finds from `node` up the tree, crossing shadow roots; null when none. */
function upTree(start: Node | null, read: (el: Element) => string | null): string | null {
  let node = start instanceof ShadowRoot ? start.host : start;
  while (node) {
    const value = node instanceof Element ? read(node) : null;
    if (value) return value;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return null;
}

/** The nearest `lang`, from the element up. */
const closestLang = (el: Element) => upTree(el, (e) => e.getAttribute('lang') || null);

/** The nearest `dir` that says `rtl` or `ltr` above the element (its own set aside). */
const dirAbove = (el: Element) =>
  upTree(el.parentNode, (e) => {
    const dir = e.getAttribute('dir')?.trim().toLowerCase();
    return dir === 'rtl' || dir === 'ltr' ? dir : null;
  });

export interface KitErrorDetail {
  errors: KitError[];
}

export abstract class KitElement<TInput, TModel> extends LitElement {
  /** Data as an object (frameworks). Wins over every other way. Assign a new object to update. */
  @property({ attribute: false }) data?: unknown;

  /** Data as JSON text in the `data` attribute. */
  @property({ attribute: 'data' }) dataAttribute: string | null = null;

  /** URL of a JSON document to fetch when no other data is given. */
  @property({ reflect: true }) src: string | null = null;

  /** Re-fetch `src` every this many seconds (at least 5, at most a day: a longer one is an error). */
  @property({ converter: secondsConverter, reflect: true }) refresh: number | null = null;

  /** BCP 47 locale for numbers and words; default: the nearest `lang`, then the browser. */
  @property({ reflect: true }) locale: string | null = null;

  /** ISO 4217 currency for money; default USD. */
  @property({ reflect: true }) currency: string | null = null;

  /**
   * For CSV data: a JSON object mapping the element's field names to the file's header names,
   * e.g. `{"source":"Session default channel group","visits":"Sessions"}`.
   */
  @property({ reflect: true }) columns: string | null = null;

  /** For CSV data: the decimal mark of its numbers, `.` or `,`; default the locale's. */
  @property({ reflect: true, converter: enumConverter(['.', ','] as const, null) }) decimal: '.' | ',' | null = null;

  /** Shows buttons that download the data as CSV (and the chart as PNG). */
  @property({ type: Boolean, reflect: true }) exportable = false;

  /**
   * Which way time runs on charts, sparklines and the grid: `auto` follows the text (right to
   * left in Arabic), `ltr` keeps the oldest period at the left whatever the text's direction,
   * as spreadsheet users are used to.
   */
  @property({ attribute: 'time-direction', reflect: true, converter: enumConverter(['auto', 'ltr'] as const, 'auto') })
  timeDirection: 'auto' | 'ltr' = 'auto';

  /** `light`, `dark` or `auto` (follows the operating system). */
  @property({ reflect: true, converter: enumConverter(THEMES, 'auto') }) theme: Theme = 'auto';

  /** Raw input to model, memoised; the model shown is kept when new input is invalid. */
  private readonly pipeline = new InputPipeline<TInput, TModel>({
    validate: (json) => this.validateInput(json),
    build: (input) => this.buildModel(input),
  });
  @state() private currentErrors: KitError[] = [];

  protected readonly input = new DataController(this);
  /** Chart elements set this, so `whenDrawn()` and PNG export can wait for the chart. */
  protected chartController: ChartController | null = null;
  /**
   * When the content shows (`isOpen`) and charts draw (`isNear`): what the reader sees is
   * rendered first, the rest when it comes near or when the page is idle.
   */
  protected readonly gate = new ViewportGate(this, {
    flush: () => {
      if (this.isConnected && this.isUpdatePending) this.performUpdate();
    },
  });
  private modelWaiters: (() => void)[] = [];
  /** A model property (window, locale, currency…) changed since the input was last settled. */
  private modelPending = false;
  /** CSV data is waiting for the CSV reader to load. */
  private csvWaiting = false;
  private lastErrorsJson = '[]';
  /** The errors last announced with `kpi-error` (from an update, once the content shows). */
  private announcedJson = '[]';

  /**
   * The shadow root, with the styles adopted for the document it is in (documents.ts): lit's
   * sheets belong to the kit's own document, and adopting them in another one (an element moved
   * into a print or preview iframe before it was first connected) would throw.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const ctor = this.constructor as typeof LitElement;
    const root = this.shadowRoot ?? this.attachShadow(ctor.shadowRootOptions);
    adoptStylesIn(root, ctor.elementStyles);
    return root;
  }

  /** Moved into another document (`adoptNode`, or appended there): its styles are adopted there. */
  adoptedCallback(): void {
    if (this.shadowRoot) adoptStylesIn(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
  }

  /** The derived model the element is showing; null while there is no valid data. */
  get result(): TModel | null {
    this.settle();
    return this.pipeline.model();
  }

  /** Problems with the current input, each with its JSON path; empty when valid. */
  get errors(): KitError[] {
    this.settle();
    this.pipeline.model();
    const failure = this.pipeline.failure;
    const errors = failure ? [...this.currentErrors, { path: '', message: failure }] : this.currentErrors;
    return errors.map((e) => ({ ...e }));
  }

  /** Whether there is data to show: a model, valid input for one, or (while the gate is shut) input not yet validated. */
  private get hasData(): boolean {
    return this.pipeline.hasModel || (!this.gate.isOpen && this.input.raw !== null) || this.csvWaiting;
  }

  /**
   * Resolves once the element has rendered what it shows: its content once its gate is open
   * (at once for an element in view; for one far from the viewport, when the page is idle or
   * the reader comes near).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (!this.gate.isOpen && this.isConnected) {
      await this.gate.openedOrGone();
      done = await super.getUpdateComplete();
    }
    // CSV data: until its reader has loaded and the update that reads it has run. Checked after
    // the gate, and looped: the update that opens the gate (and notices the CSV) may still be
    // pending when the one before it completes.
    const raw = this.input.raw;
    if (this.isConnected && raw && raw.source !== 'property' && raw.format === 'csv') {
      for (let i = 0; i < 5 && (this.csvWaiting || (!csvReader && !csvLoadFailed) || this.isUpdatePending); i++) {
        await loadCsvReader().catch(() => undefined);
        done = await super.getUpdateComplete();
      }
    }
    return done;
  }

  /** Whether time runs right to left here: the element lays out right to left and `time-direction` is `auto`. */
  protected get timeRtl(): boolean {
    return this.timeDirection !== 'ltr' && this.matches(':dir(rtl)');
  }

  /** Time runs left to right against right-to-left text (`time-direction="ltr"` in Arabic). */
  protected get timeAgainstText(): boolean {
    return this.timeDirection === 'ltr' && this.matches(':dir(rtl)');
  }

  /** The `dir` this element set on itself (its language is right to left and nothing above says), or null. */
  private ownDir: string | null = null;

  /**
   * An element whose language is written right to left (`locale="ar"`, or `lang="ar"` above it)
   * on a page where no `dir` says otherwise lays itself out right to left: it sets `dir="rtl"`
   * on itself, and takes it back when that no longer holds. A `dir` the page sets wins.
   */
  private syncDir(): void {
    const given = this.getAttribute('dir');
    if (given !== null && given !== this.ownDir) {
      this.ownDir = null; // the page's own
      return;
    }
    const want = dirAbove(this) === null && isRtlLocale(this.resolvedLocale) ? 'rtl' : null;
    if (want === this.ownDir && want === given) return;
    this.ownDir = want;
    if (want) this.setAttribute('dir', want);
    else this.removeAttribute('dir');
  }

  /** The resolved locale: the `locale` attribute, the nearest `lang`, then the browser. */
  get resolvedLocale(): string {
    return resolveLocale(this.locale || closestLang(this) || navigator.language);
  }

  /**
   * Resolves once the element shows data (and, for chart elements, has drawn
   * its chart: charts wait until they are near the viewport and have a size).
   */
  async whenDrawn(): Promise<void> {
    await this.updateComplete;
    if (!this.shown) await new Promise<void>((resolve) => this.modelWaiters.push(resolve));
    await this.chartReady();
  }

  /** The content shows a model. */
  private get shown(): boolean {
    return this.gate.isOpen && this.pipeline.current;
  }

  /** Waits for a chart drawn by ECharts, once the element shows data (HTML and SVG charts draw with the render). */
  protected async chartReady(): Promise<void> {
    if (this.chartController?.active) await this.chartController.ready;
  }

  /** Fetches `src` again now; resolves when the answer has been applied. */
  reload(): Promise<void> {
    return this.input.reload();
  }

  /**
   * The data as CSV; null while there is nothing to export. By default for programs and
   * spreadsheets: the element's CSV shape with plain numbers (digits, `.` decimal, no grouping
   * or currency signs; money columns name the currency: `spend (USD)`), what the element
   * computed in `result.*` columns; read back by the element, it gives the same `result`.
   * `{ display: true }`: the numbers as the element shows them, in its locale. Text cells are
   * guarded against spreadsheet formulas either way.
   */
  toCSV(options: { display?: boolean } = {}): string | null {
    this.settle();
    const model = this.pipeline.model();
    if (!model) return null;
    if (options.display) {
      const table = this.exportTable(model);
      return table ? toCsv(table.header, table.rows, this.resolvedLocale) : null;
    }
    const table = this.machineTable(this.pipeline.document, model);
    return table ? toCsv(table.header, table.rows, 'en') : null;
  }

  /** The element's document written in its CSV shape (csv-write.ts), for `toCSV()`. */
  protected machineTable(_document: unknown, _model: TModel): MachineTable | null {
    return null;
  }

  /** Downloads `toCSV()` as a file. Returns false when there is nothing to export. */
  downloadCSV(filename = `${this.localName}.csv`): boolean {
    const csv = this.toCSV();
    if (csv === null) return false;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    return true;
  }

  /**
   * The chart as a PNG data URL (twice its size, on the theme's background); null for elements
   * without a chart or before it is drawn. Asynchronous: the painter for the HTML and SVG
   * charts is loaded on first use (with `exportable`, as soon as the buttons show).
   */
  async toPNG(): Promise<string | null> {
    if (!this.gate.isNear && this.isConnected && this.hasChart()) {
      // Far from the viewport, the chart is not drawn yet: draw it for the image.
      this.gate.bringNear();
      await this.updateComplete;
    }
    const chart = this.chartController?.chart;
    const box = chart ? null : this.htmlChartBox();
    if (!chart && !box) return null;
    const background = getComputedStyle(this).getPropertyValue('--_surface').trim() || '#ffffff';
    if (chart) return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background });
    const { chartBoxImage } = await loadChartImage();
    return chartBoxImage(box!, background);
  }

  /** Downloads the chart as a PNG file. Resolves false when there is no chart drawn. */
  async downloadPNG(filename = `${this.localName}.png`): Promise<boolean> {
    const url = await this.toPNG();
    if (!url) return false;
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.click();
    return true;
  }

  /**
   * The box of a chart drawn in HTML and SVG with the render (elements that say so in
   * `hasChart()`, when no ECharts chart is in use), for PNG export to paint; null otherwise.
   * Such a chart has nothing more for `whenDrawn()` to wait for.
   */
  private htmlChartBox(): HTMLElement | null {
    if (this.chartController?.active || !this.hasChart()) return null;
    return this.renderRoot?.querySelector<HTMLElement>('[part="chart"]') ?? null;
  }

  /** The rows `toCSV({ display: true })` exports: the same numbers as the element's table, formatted. */
  protected exportTable(_model: TModel): { header: string[]; rows: CsvCell[][] } | null {
    return null;
  }

  protected get strings(): Strings {
    return stringsFor(this.resolvedLocale);
  }

  private formatterCache: NumberFormatter | null = null;
  protected get formatter(): NumberFormatter {
    const locale = this.resolvedLocale;
    const currency = resolveCurrency(this.currency) ?? 'USD';
    const cached = this.formatterCache;
    if (cached && cached.locale === locale && cached.currency === currency) return cached;
    return (this.formatterCache = new NumberFormatter(locale, currency));
  }

  /** Validates parsed JSON into the element's input type. Pure. */
  protected abstract validateInput(json: unknown): Validated<TInput>;
  /** Builds the model shown (and exposed as `result`) from valid input. Pure. */
  protected abstract buildModel(input: TInput): TModel;
  /** Renders the model. */
  protected abstract renderModel(model: TModel): TemplateResult | typeof nothing;

  /** Properties (besides the data) whose change rebuilds the model. */
  protected modelProperties(): readonly PropertyKey[] {
    return [];
  }

  /** Properties whose change validates the data again (validation that depends on them: a locale's week). */
  protected validationProperties(): readonly PropertyKey[] {
    return [];
  }

  /** A property that validation depends on changed since the data was last validated. */
  private revalidate = false;

  protected override willUpdate(changed: PropertyValues): void {
    this.syncDir();
    // Start or stop fetching before rendering, so the loading state shows in this render.
    if (changed.has('src') || changed.has('refresh') || changed.has('data') || changed.has('dataAttribute')) {
      this.input.sync();
    }
    try {
      this.process(changed);
    } catch (e) {
      // Never throw out of an element: an unexpected failure is shown like any other error.
      console.error('scorecard-kit:', e);
      this.currentErrors = [{ path: '', message: String(e instanceof Error ? e.message : e) }];
    }
  }

  protected override updated(_changed: PropertyValues): void {
    this.armAnnouncements();
    // `kpi-error` for errors new since the last announcement, once the content shows: from an
    // update, never from reading `errors` or `result`.
    if (this.gate.isOpen && this.lastErrorsJson !== this.announcedJson) {
      this.announcedJson = this.lastErrorsJson;
      if (this.currentErrors.length) this.emit<KitErrorDetail>('kpi-error', { errors: this.currentErrors.map((e) => ({ ...e })) });
    }
    if (this.shown && this.modelWaiters.length) {
      const waiters = this.modelWaiters;
      this.modelWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  /** The `columns` attribute as a mapping; a problem when it is not a JSON object of names. */
  private columnMapping(): { columns: Record<string, string> | null; problem: Problem | null } {
    if (!this.columns?.trim()) return { columns: null, problem: null };
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.columns);
    } catch {
      parsed = undefined;
    }
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && Object.values(parsed).every((v) => typeof v === 'string')) {
      return { columns: parsed as Record<string, string>, problem: null };
    }
    return {
      columns: null,
      problem: {
        path: [], code: 'custom',
        en: 'has a columns attribute that is not a JSON object of field names to header names, such as {"source":"Channel","visits":"Sessions"}: it is ignored',
        ar: 'سمة columns فيه ليست كائن JSON يربط أسماء الحقول بأسماء الأعمدة، مثل {"source":"Channel","visits":"Sessions"}: تُتجاهل',
      },
    };
  }

  /** How this element can read CSV now: with the loaded reader (its locale, decimal mark and columns), or not yet. */
  private csvAvailability(): CsvAvailability {
    if (csvLoadFailed) return 'failed';
    const reader = csvReader;
    if (!reader) return 'loading';
    return (text) => {
      const { columns, problem } = this.columnMapping();
      const doc = reader.readCsvDocument(this.localName as CsvElement, text, { locale: this.resolvedLocale, decimal: this.decimal, columns });
      return {
        value: doc.value,
        problems: problem ? [problem, ...doc.problems] : doc.problems,
        reported: doc.reported,
        locate: (path: readonly PathSegment[]) => doc.locate(path) ?? undefined,
        pathKey: reader.pathKey,
      };
    };
  }

  private process(changed: PropertyValues): void {
    if (this.modelProperties().some((p) => changed.has(p)) || changed.has('locale') || changed.has('currency')) {
      this.modelPending = true;
    }
    if (this.validationProperties().some((p) => changed.has(p)) || changed.has('columns') || changed.has('decimal')) this.revalidate = true;
    // CSV reads its numbers and dates in the locale's way (decimal mark, day-month order).
    const raw = this.input.raw;
    if (changed.has('locale') && raw && raw.source !== 'property' && raw.format === 'csv') this.revalidate = true;
    // Far from the reader, even validation waits: for the gate, or for `result` or `errors` to be read.
    if (this.gate.isOpen) this.settle();
  }

  /**
   * Parses and validates input that arrived since the last time, notes that the model is due,
   * and records the problems (`errors`; announced by the next update). Idempotent; cheap when
   * nothing changed; dispatches nothing.
   */
  private settle(): void {
    const raw = this.input.raw;
    const state = this.pipeline.settle(raw, { revalidate: this.revalidate, rebuild: this.modelPending, csv: this.csvAvailability() });
    if (state === 'waiting') {
      // Read once the reader has loaded: until then the element shows that data is on its way.
      if (!this.csvWaiting) {
        this.csvWaiting = true;
        void loadCsvReader().catch(() => (csvLoadFailed = true)).finally(() => {
          this.csvWaiting = false;
          this.requestUpdate();
        });
      }
      return;
    }
    this.revalidate = false;
    this.modelPending = false;
    const problems: Problem[] = [...this.pipeline.problems];
    if (this.input.fetchProblem && this.input.usesSrc) problems.unshift(this.input.fetchProblem);
    const refresh = this.input.refreshProblem;
    if (refresh) problems.unshift(refresh);
    const currency = currencyProblem(this.currency);
    if (currency) problems.unshift(currency);
    // A chart that could not be drawn (no canvas, a refused script): said, with the numbers still shown.
    const chart = this.chartController?.failure;
    if (chart) problems.push(chart);
    const locale = this.resolvedLocale;
    const errors = problems.map((p) => toKitError(p, locale));
    const json = JSON.stringify(errors);
    if (json !== this.lastErrorsJson) {
      this.lastErrorsJson = json;
      this.currentErrors = errors;
    }
  }

  /** Dispatches an event that bubbles and crosses shadow roots. */
  protected emit<T>(name: string, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: false }));
  }

  private renderExport(): TemplateResult {
    const s = this.strings;
    // The buttons are shown: fetch the painter now, so a click draws at once.
    if (!this.chartController?.active && this.hasChart()) void loadChartImage().catch(() => undefined);
    // The group is named for the buttons it holds (a scorecard has no chart: no PNG).
    const names = this.hasChart() ? [s.exportCsv, s.exportPng] : [s.exportCsv];
    const label = new Intl.ListFormat(this.resolvedLocale, { type: 'conjunction' }).format(names);
    return html`<div part="export" class="export" role="group" aria-label=${label}>
      <button type="button" part="export-button" @click=${() => this.downloadCSV()}>${s.exportCsv}</button>
      ${this.hasChart()
        ? html`<button type="button" part="export-button" @click=${() => void this.downloadPNG()}>${s.exportPng}</button>`
        : nothing}
    </div>`;
  }

  /** Whether the element draws a chart (a PNG can be exported once drawn). */
  protected hasChart(): boolean {
    return this.chartController !== null;
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    const locale = this.resolvedLocale;
    const open = this.gate.isOpen;
    // Far from the reader, valid data waits for the gate: the box keeps its size meanwhile.
    const model = open ? this.pipeline.model() : null;
    const waiting = !open && this.hasData;
    let body: TemplateResult | typeof nothing = nothing;
    let renderFailure: string | null = this.pipeline.failure;
    if (model) {
      try {
        body = this.renderModel(model);
      } catch (e) {
        console.error('scorecard-kit:', e);
        renderFailure = String(e instanceof Error ? e.message : e);
      }
    }
    const errors = renderFailure ? [...this.currentErrors, { path: '', message: renderFailure }] : this.currentErrors;
    // Loading: a fetch with nothing to show yet, or CSV data waiting for the reader's chunk.
    const loading = this.loadingNow;
    return html`<div part="base" class="base" lang=${locale} aria-busy=${loading || waiting ? 'true' : 'false'}>
      ${errors.length
        ? renderErrorPanel(errors, s, locale, this.hasData && (!this.pipeline.valid || this.input.fetchProblem !== null))
        : nothing}
      ${loading ? html`<p part="loading" class="state loading">${s.loading}</p>` : nothing}
      ${!this.hasData && !loading && !errors.length
        ? html`<p part="empty" class="state empty">${s.empty}</p>`
        : nothing}
      ${this.exportable && model ? this.renderExport() : nothing}
      ${body}
    </div>
    <div class="visually-hidden announce" role="status" lang=${locale}>${this.announceArmed && loading ? s.loading : ''}</div>`;
  }

  /**
   * The live region that says "Loading data…": in the page from the first render, outside the
   * `aria-busy` box, and armed a frame after that first render, so that its text is always
   * inserted into a region already there (a region created already filled, or inside a busy
   * one, is not read). It empties in the same render that shows the data.
   */
  @state() private announceArmed = false;
  private announceFrame = 0;
  private get loadingNow(): boolean {
    return (this.input.loading && !this.hasData) || (this.csvWaiting && !this.pipeline.hasModel);
  }
  private armAnnouncements(): void {
    if (this.announceArmed || this.announceFrame) return;
    this.announceFrame = requestAnimationFrame(() => {
      this.announceFrame = 0;
      this.announceArmed = true;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.announceFrame);
    this.announceFrame = 0;
  }
}
