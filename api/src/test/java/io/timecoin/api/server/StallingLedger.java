package io.timecoin.api.server;

import io.timecoin.client.TimeCoinLedger;
import io.timecoin.client.testing.InProcessNetwork;
import io.timecoin.model.Transactions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * The in-process ledger (the real contract), except that registrations wait until {@link
 * #release()} (a ledger whose ordering has no leader): what the API does while writes hang.
 */
final class StallingLedger {

  final TimeCoinLedger inProcess = InProcessNetwork.create().connect("PlatformMSP");
  final Semaphore stalled = new Semaphore(0);
  private final CountDownLatch released = new CountDownLatch(1);

  TimeCoinLedger ledger() {
    return (TimeCoinLedger)
        Proxy.newProxyInstance(
            TimeCoinLedger.class.getClassLoader(),
            new Class<?>[] {TimeCoinLedger.class},
            (proxy, method, args) -> {
              // The API writes through the generic path, submit(transaction, request).
              if (method.getName().equals("registerVolunteer")
                  || (method.getName().equals("submit")
                      && args[0] == Transactions.REGISTER_VOLUNTEER)) {
                stalled.release();
                released.await();
              }
              try {
                return method.invoke(inProcess, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  void release() {
    released.countDown();
  }
}
