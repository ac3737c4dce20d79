package org.evdepot.ocpi.examples;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The README's example runs to completion. */
class CpoEmspExampleTest {
  @Test
  void example_registersPushesPullsAndStartsASession() {
    assertThatCode(() -> CpoEmspExample.main(new String[0])).doesNotThrowAnyException();
  }
}
