package io.timecoin.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Formats and recognises the {@code [CODE] message} convention of ledger error messages. */
public final class LedgerErrors {

  private static final Pattern CODE = Pattern.compile("\\[([A-Z][A-Z_]*)]");

  private LedgerErrors() {}

  /** Returns {@code "[CODE] message"}. */
  public static String format(ErrorCode code, String message) {
    Objects.requireNonNull(code, "code");
    return "[" + code.name() + "] " + Objects.requireNonNull(message, "message");
  }

  /**
   * Finds the first known {@code [CODE]} anywhere in {@code message}. Gateway clients see the
   * chaincode message wrapped in other text, so the code need not be at the start. Bracketed words
   * that are not known codes are skipped.
   */
  public static Optional<ErrorCode> codeOf(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher matcher = CODE.matcher(message);
    while (matcher.find()) {
      Optional<ErrorCode> code = lookup(matcher.group(1));
      if (code.isPresent()) {
        return code;
      }
    }
    return Optional.empty();
  }

  private static Optional<ErrorCode> lookup(String name) {
    for (ErrorCode code : ErrorCode.values()) {
      if (code.name().equals(name)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }
}
