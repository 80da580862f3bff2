package io.timecoin.api.server;

import io.javalin.http.Context;
import io.timecoin.api.auth.Caller;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.auth.OwnedRead;
import io.timecoin.api.auth.Role;
import io.timecoin.api.http.ApiErrorCode;
import io.timecoin.api.http.ApiProblem;
import io.timecoin.api.http.Problems;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Establishes the caller of every /v1 request (X-API-Key or a volunteer bearer token), applies the
 * caller's rate limit and cap of running requests, and checks an operation against the caller's
 * role.
 */
public final class Authentication {

  private static final String CALLER = "timecoin.caller";
  private static final String SLOT = "timecoin.concurrency-slot";

  /** How long a caller at its cap of running requests is told to wait. */
  static final Duration RETRY_AFTER_BUSY = Duration.ofSeconds(1);

  private final ApiServices services;

  Authentication(ApiServices services) {
    this.services = services;
  }

  /**
   * Before-handler: 401 without valid credentials, 429 over the rate limit or with too many
   * requests running.
   */
  void authenticate(Context ctx) {
    String apiKey = ctx.header("X-API-Key");
    String authorization = ctx.header("Authorization");
    Optional<Caller> caller;
    if (apiKey != null && authorization != null) {
      throw unauthenticated("send either X-API-Key or Authorization, not both");
    } else if (apiKey != null) {
      caller = services.keys().callerOf(apiKey);
    } else if (authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && services.tokens() != null) {
      caller = services.tokens().verify(authorization.substring(7).strip());
    } else {
      caller = Optional.empty();
    }
    Caller who =
        caller.orElseThrow(
            () ->
                unauthenticated(
                    "send a valid X-API-Key, or a volunteer token as 'Authorization: Bearer"
                        + " <token>' that is signed by the platform and not expired"));
    ctx.attribute(CALLER, who);
    Duration wait = services.limiter().acquire(who.id());
    if (!wait.isZero()) {
      throw ApiProblem.retryLater(
          ApiErrorCode.RATE_LIMITED, "too many requests from this caller; slow down", wait);
    }
    if (!services.concurrency().tryAcquire(who.id())) {
      throw ApiProblem.retryLater(
          ApiErrorCode.TOO_MANY_CONCURRENT_REQUESTS,
          "this caller has "
              + services.config().maxConcurrentPerCaller()
              + " requests running already; wait for one to finish",
          RETRY_AFTER_BUSY);
    }
    ctx.attribute(SLOT, who.id());
  }

  /** After-handler: gives back the slot the request took. */
  void release(Context ctx) {
    String callerId = ctx.attribute(SLOT);
    if (callerId != null) {
      ctx.attribute(SLOT, null);
      services.concurrency().release(callerId);
    }
  }

  private static ApiProblem unauthenticated(String detail) {
    return ApiProblem.of(ApiErrorCode.UNAUTHENTICATED, detail);
  }

  /**
   * The caller of this request, checked against an operation.
   *
   * @throws ApiProblem 403 if the caller's role may not perform it.
   */
  public static Caller require(Context ctx, Operation operation) {
    return withRole(ctx, operation::allows);
  }

  /**
   * The caller of this request, checked against a read of the data of {@code ownerId}, whose owner
   * is known before reading.
   *
   * @throws ApiProblem 403 if the caller's role may not perform it; the read's not-found problem if
   *     the caller is a volunteer other than the owner.
   */
  public static Caller requireOwner(Context ctx, OwnedRead read, String ownerId) {
    Caller caller = withRole(ctx, read::allows);
    requireOwnedBy(caller, read, ownerId);
    return caller;
  }

  /**
   * Runs a read whose owner is known only from its result: the role is checked before reading, the
   * owner after.
   *
   * @param ownerOf the volunteerId that owns the result.
   * @return the result, if the caller may see it.
   * @throws ApiProblem 403 if the caller's role may not perform it; the read's not-found problem if
   *     the caller is a volunteer other than the owner.
   */
  public static <T> T readOwned(
      Context ctx, OwnedRead read, Supplier<T> reading, Function<T, String> ownerOf) {
    Caller caller = withRole(ctx, read::allows);
    T result = reading.get();
    requireOwnedBy(caller, read, ownerOf.apply(result));
    return result;
  }

  private static Caller withRole(Context ctx, Predicate<Role> allows) {
    Caller caller = ctx.attribute(CALLER);
    if (caller == null) {
      throw unauthenticated("this route needs credentials");
    }
    if (!allows.test(caller.role())) {
      throw ApiProblem.of(
          ApiErrorCode.FORBIDDEN,
          "the role " + caller.role().configName() + " may not perform this operation");
    }
    return caller;
  }

  /** Staff see every volunteer's data; a volunteer's own is theirs alone. */
  private static void requireOwnedBy(Caller caller, OwnedRead read, String ownerId) {
    if (caller.isVolunteer() && !caller.volunteerId().equals(ownerId)) {
      // The same answer as for data that does not exist, so another id's existence never leaks.
      throw Problems.ledger(read.strangerAnswer(), "");
    }
  }

  /** The caller of this request, if authenticated. */
  public static Optional<Caller> callerOf(Context ctx) {
    return Optional.ofNullable(ctx.attribute(CALLER));
  }
}
