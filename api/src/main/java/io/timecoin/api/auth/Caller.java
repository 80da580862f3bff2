package io.timecoin.api.auth;

import java.util.Objects;

/**
 * An authenticated caller.
 *
 * @param id the caller id: the API key's name, or {@code vol:<volunteerId>} for a volunteer. It
 *     scopes idempotency keys and rate limits; it is a configured name or a pseudonym, never
 *     personal data.
 * @param role what the caller may do.
 * @param volunteerId the volunteer's own id for {@link Role#VOLUNTEER}, else null.
 */
public record Caller(String id, Role role, String volunteerId) {

  public Caller {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    if ((role == Role.VOLUNTEER) != (volunteerId != null)) {
      throw new IllegalArgumentException("a volunteerId goes with the VOLUNTEER role only");
    }
  }

  /** Whether this caller is a volunteer, who may only see their own data. */
  public boolean isVolunteer() {
    return role == Role.VOLUNTEER;
  }
}
