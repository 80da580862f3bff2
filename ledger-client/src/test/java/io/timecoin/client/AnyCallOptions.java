package io.timecoin.client;

import io.grpc.CallOptions;
import java.util.function.UnaryOperator;
import org.mockito.ArgumentMatchers;

/** Matches the per-call gRPC options the client passes (a deadline cut to the write's budget). */
final class AnyCallOptions {

  private AnyCallOptions() {}

  static UnaryOperator<CallOptions> anyOptions() {
    return ArgumentMatchers.any();
  }
}
