package dev.lexicon.adapter.web.security;

import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Asks sources one after another, each only once the one before has answered, until an answer
 * settles the question: the way Micronaut Security consults its fetchers, validators and rules.
 *
 * <p>An answer already there when asked ({@link FirstSignal} of a publisher that answers while
 * subscribed to) is read at once, so a question that every source answers at once is settled on the
 * calling thread. An answer that comes later resumes the asking on the thread that gives it.
 */
final class InTurn {

  private InTurn() {}

  /**
   * The first of the sources' answers that settles, or {@code null} when none does; a source that
   * fails fails the whole question. {@code ask} gives the answer of the source at an index, an
   * absent answer being {@code null}, which never settles.
   */
  static <T> CompletableFuture<T> first(
      int sources, IntFunction<CompletableFuture<T>> ask, Predicate<? super T> settles) {
    return first(0, sources, ask, settles);
  }

  private static <T> CompletableFuture<T> first(
      int from, int sources, IntFunction<CompletableFuture<T>> ask, Predicate<? super T> settles) {
    for (int source = from; source < sources; source++) {
      CompletableFuture<T> answer = ask.apply(source);
      if (!answer.isDone() || answer.isCompletedExceptionally()) {
        int next = source + 1;
        return answer.thenCompose(
            given ->
                given != null && settles.test(given)
                    ? CompletableFuture.completedFuture(given)
                    : first(next, sources, ask, settles));
      }
      T given = answer.join();
      if (given != null && settles.test(given)) {
        return answer;
      }
    }
    return CompletableFuture.completedFuture(null);
  }
}
