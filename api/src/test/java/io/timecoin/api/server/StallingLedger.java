package io.timecoin.api.server;

import io.timecoin.api.cli.FakeLedger;
import io.timecoin.client.TimeCoinLedger;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * The fake ledger, except that registrations wait until {@link #release()} (a ledger whose ordering
 * has no leader): what the API does while writes hang.
 */
final class StallingLedger {

  final FakeLedger fake = new FakeLedger();
  final Semaphore stalled = new Semaphore(0);
  private final CountDownLatch released = new CountDownLatch(1);

  TimeCoinLedger ledger() {
    return (TimeCoinLedger)
        Proxy.newProxyInstance(
            TimeCoinLedger.class.getClassLoader(),
            new Class<?>[] {TimeCoinLedger.class},
            (proxy, method, args) -> {
              if (method.getName().equals("registerVolunteer")) {
                stalled.release();
                released.await();
              }
              try {
                return method.invoke(fake, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  void release() {
    released.countDown();
  }
}
