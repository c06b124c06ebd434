/** The data behind a chart, shown as an HTML table under it and in its embed. */
export interface ChartTable {
  columns: string[];
  /** Which columns hold numbers (right-aligned). */
  numeric?: boolean[];
  /**
   * What the rows' keys are: country slugs or event ids. Left out, the figure's `data` decides; a
   * chart sets it when its rows stand for something else (the dense timeline lists countries).
   */
  keys?: 'countries' | 'events';
  /** `key` is the country slug or event id the row stands for. */
  rows: { key: string; cells: string[] }[];
}
