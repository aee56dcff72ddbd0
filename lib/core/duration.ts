/**
 * A typed span of time, validated against provider ranges in whole units.
 *
 * @example Duration.hours(1).toMinutes() === 60
 */
export class Duration {
  /** A duration of `amount` seconds. */
  public static seconds(amount: number): Duration {
    return new Duration(amount, 1, 'seconds');
  }
  /** A duration of `amount` minutes. */
  public static minutes(amount: number): Duration {
    return new Duration(amount, 60, 'minutes');
  }
  /** A duration of `amount` hours. */
  public static hours(amount: number): Duration {
    return new Duration(amount, 3600, 'hours');
  }
  /** A duration of `amount` days. */
  public static days(amount: number): Duration {
    return new Duration(amount, 86400, 'days');
  }

  private constructor(
    private readonly amount: number,
    private readonly secondsPerUnit: number,
    private readonly unit: string,
  ) {
    if (!Number.isFinite(amount) || amount < 0) {
      throw new RangeError(`Duration amount must be a finite number >= 0 (received ${amount} ${unit})`);
    }
  }

  /** Whole seconds. */
  public toSeconds(): number {
    return Math.round(this.amount * this.secondsPerUnit);
  }

  /** Minutes; throws when not a whole number of minutes. */
  public toMinutes(): number {
    const seconds = this.toSeconds();
    if (seconds % 60 !== 0) {
      throw new RangeError(`${this.toString()} is not a whole number of minutes`);
    }
    return seconds / 60;
  }

  /** Days, possibly fractional. */
  public toDays(): number {
    return this.toSeconds() / 86400;
  }

  /** As written, e.g. `90 days`. */
  public toString(): string {
    return `${this.amount} ${this.unit}`;
  }
}
