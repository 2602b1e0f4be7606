/** The core's clock in a browser test: starts at the real time, a test moves it forward. */
export class MovableClock {
  private at: number;

  constructor(start: Date | string = new Date()) {
    this.at = new Date(start).getTime();
  }

  /** Passed to createCore as `now`; bound so it survives being handed around. */
  readonly now = (): Date => new Date(this.at);

  advanceMinutes(minutes: number): void {
    this.at += minutes * 60_000;
  }

  advanceDays(days: number): void {
    this.advanceMinutes(days * 24 * 60);
  }

  set(at: Date | string): void {
    this.at = new Date(at).getTime();
  }
}
