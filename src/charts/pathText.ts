/**
 * Path data as short as it can be at a given precision: coordinates rounded to a grid first
 * (so nothing drifts), then written relative to the point before (`m`, `l`, `z`), which takes
 * fewer digits and repeats more, so it compresses well. A d3-geo path context.
 */
export class RelativePath {
  private readonly scale: number;
  private text = '';
  /** The current point and the current subpath's start, on the grid (integers). */
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private command = '';

  /** `digits`: decimal places kept (0: whole units). */
  constructor(digits: number) {
    this.scale = 10 ** digits;
  }

  moveTo(x: number, y: number): void {
    const [gx, gy] = [Math.round(x * this.scale), Math.round(y * this.scale)];
    this.write('m', gx - this.x, gy - this.y);
    this.x = this.startX = gx;
    this.y = this.startY = gy;
  }

  lineTo(x: number, y: number): void {
    const [gx, gy] = [Math.round(x * this.scale), Math.round(y * this.scale)];
    if (gx === this.x && gy === this.y) return;
    // After an `m`, further pairs are lines: no letter needed.
    this.write(this.command === 'm' || this.command === 'l' ? '' : 'l', gx - this.x, gy - this.y);
    this.x = gx;
    this.y = gy;
  }

  closePath(): void {
    this.text += 'z';
    this.command = 'z';
    this.x = this.startX;
    this.y = this.startY;
  }

  /** d3-geo begins a point's circle with this; there are none here. */
  beginPath(): void {}

  arc(): void {
    throw new Error('RelativePath draws lines and polygons only, not points');
  }

  /** The path data written so far, and a fresh start. */
  take(): string | null {
    const text = this.text;
    this.text = '';
    this.x = this.y = this.startX = this.startY = 0;
    this.command = '';
    return text || null;
  }

  private write(letter: string, dx: number, dy: number) {
    const a = this.number(dx);
    const b = this.number(dy);
    const gap = letter || a.startsWith('-') ? '' : ' ';
    this.text += `${letter}${gap}${a}${b.startsWith('-') ? '' : ','}${b}`;
    if (letter) this.command = letter;
  }

  private number(n: number): string {
    return String(n / this.scale).replace(/^(-?)0\./, '$1.');
  }
}
