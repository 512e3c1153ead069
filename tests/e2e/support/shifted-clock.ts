// Preloaded (node --import) into the second build of the reproducibility check: the clock reads
// REPRODUCIBLE_CLOCK_SHIFT_DAYS days later, so anything that puts the build's date or time into the
// site (a "built on", a copyright year, a timestamp in a file) shows up as a difference.
const SHIFT_MS = Number(process.env.REPRODUCIBLE_CLOCK_SHIFT_DAYS ?? 0) * 86_400_000;
const RealDate = Date;

class ShiftedDate extends RealDate {
  constructor(...args: ConstructorParameters<DateConstructor> | []) {
    if (args.length === 0) super(RealDate.now() + SHIFT_MS);
    else super(...(args as ConstructorParameters<DateConstructor>));
  }

  static override now(): number {
    return RealDate.now() + SHIFT_MS;
  }
}

globalThis.Date = ShiftedDate as DateConstructor;
