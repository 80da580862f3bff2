package io.timecoin.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FreshAuditDatabaseTest {

  @Test
  void the_new_database_is_on_the_same_server() {
    assertThat(
            FreshAuditDatabase.urlOf(
                "jdbc:postgresql://127.0.0.1:18432/timecoin_audit?sslmode=disable", "bench_b1x"))
        .isEqualTo("jdbc:postgresql://127.0.0.1:18432/bench_b1x");
    assertThat(FreshAuditDatabase.urlOf("jdbc:postgresql://h:5432/a", "postgres"))
        .isEqualTo("jdbc:postgresql://h:5432/postgres");
  }

  @Test
  void names_that_would_need_quoting_are_refused_before_any_sql() {
    for (String bad : new String[] {"Bench", "1x", "a;drop", "a b", "", "a\"b"}) {
      assertThatThrownBy(() -> FreshAuditDatabase.urlOf("jdbc:postgresql://h:1/a", bad))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void a_url_without_a_database_is_refused() {
    assertThatThrownBy(() -> FreshAuditDatabase.urlOf("jdbc:postgresql://h:5432", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
