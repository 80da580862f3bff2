package io.timecoin.bench.report;

/**
 * One of the targets against what was measured. Targets are goals to report against, not
 * assertions: a miss never fails the run.
 *
 * @param target the target as stated, e.g. {@code W1 >= 0.6 x W0}.
 * @param measured the measured figure in words, e.g. {@code W1 = 0.42 x W0 (21.0 / 50.0 tx/s)}.
 * @param verdict {@code met}, {@code missed} or {@code not measured}.
 */
public record TargetCheck(String target, String measured, String verdict) {}
