// A figure's samples: a probe that never fired must fail the figure, never read as 0.

/**
 * The median of a figure's samples. No samples means the probe never fired: that is a broken measurement, never
 * a figure of 0, so it throws with the figure's name.
 */
export function median(values: readonly number[], figure: string): number {
  const sorted = samples(values, figure).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (index: number) => {
    const value = sorted[index];
    if (value === undefined) throw new Error(`${figure}: no sample at ${index}`);
    return value;
  };
  return sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

/** The samples of a figure, checked: at least `least` of them (default 1), each a finite number. */
export function samples(values: readonly number[], figure: string, least = 1): number[] {
  if (values.length < least)
    throw new Error(
      `${figure}: ${values.length} sample(s), expected at least ${least}: its probe did not fire`,
    );
  const bad = values.find((value) => !Number.isFinite(value));
  if (bad !== undefined) throw new Error(`${figure}: a sample is ${bad}`);
  return [...values];
}
