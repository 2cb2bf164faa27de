package dev.lexicon.adapter.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class InTurnTest {

  private final List<Integer> asked = new ArrayList<>();

  @Test
  void the_first_answer_that_settles_is_the_answer_and_later_sources_are_not_asked() {
    CompletableFuture<String> answer =
        InTurn.first(3, source -> answer(source, List.of("no", "yes", "yes too")), "yes"::equals);

    assertEquals("yes", answer.getNow(null));
    assertEquals(List.of(0, 1), asked);
  }

  @Test
  void no_settling_answer_and_absent_answers_give_null() {
    CompletableFuture<String> answer =
        InTurn.first(2, source -> answer(source, nullAnd("no")), "yes"::equals);

    assertTrue(answer.isDone());
    assertNull(answer.getNow("not null"));
  }

  @Test
  void an_answer_given_later_resumes_the_asking_when_it_comes() {
    CompletableFuture<String> later = new CompletableFuture<>();
    CompletableFuture<String> answer =
        InTurn.first(
            2,
            source -> {
              asked.add(source);
              return source == 0 ? later : CompletableFuture.completedFuture("yes");
            },
            "yes"::equals);
    assertFalse(answer.isDone());
    assertEquals(List.of(0), asked);

    later.complete("no");
    assertEquals("yes", answer.getNow(null));
  }

  private CompletableFuture<String> answer(int source, List<String> answers) {
    asked.add(source);
    return CompletableFuture.completedFuture(answers.get(source));
  }

  private static List<String> nullAnd(String second) {
    List<String> answers = new ArrayList<>();
    answers.add(null);
    answers.add(second);
    return answers;
  }
}
