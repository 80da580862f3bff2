package io.timecoin.bench.saturation;

import java.util.ArrayList;
import java.util.List;

/**
 * The offered rates of a ramp, lowest first: {@code start}, then each step {@code factor} times the
 * one before, up to {@code max}. A geometric ramp finds a knee anywhere between a few and a few
 * thousand transactions per second in a dozen steps.
 *
 * @param start the first offered rate, tx/s.
 * @param factor how much each step raises the rate, more than 1.
 * @param max the highest rate offered.
 */
public record RampPlan(double start, double factor, double max) {

  /** Checks the plan. */
  public RampPlan {
    if (!(start > 0) || !(factor > 1) || !(max >= start) || Double.isInfinite(max)) {
      throw new IllegalArgumentException(
          "a ramp needs a start rate above 0, a factor above 1 and a maximum at or above the start");
    }
  }

  /** The rates, rounded to 0.1 tx/s. */
  public List<Double> rates() {
    List<Double> rates = new ArrayList<>();
    for (double r = start; r <= max * (1 + 1e-9); r *= factor) {
      rates.add(Math.round(r * 10) / 10.0);
    }
    return rates;
  }
}
