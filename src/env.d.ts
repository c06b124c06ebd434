declare namespace App {
  interface Locals {
    /** Ids of chart shapes already drawn on the page being rendered (ChartOptions.shared). */
    chartShapes?: Set<string>;
  }
}
