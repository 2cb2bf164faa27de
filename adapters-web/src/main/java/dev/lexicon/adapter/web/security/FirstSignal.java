package dev.lexicon.adapter.web.security;

import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;

/**
 * The first item a publisher emits, or {@code null} when it completes empty, as a future.
 *
 * <p>A publisher that answers while it is being subscribed to ({@code Mono.just}, a remembered
 * token, an annotation rule) leaves the future already complete, so its caller can go on at once,
 * without wrapping what follows in reactive operators. Anything after the first item is not asked
 * for.
 */
final class FirstSignal<T> implements CoreSubscriber<T> {

  private final CompletableFuture<T> result = new CompletableFuture<>();
  private Subscription subscription;

  private FirstSignal() {}

  static <T> CompletableFuture<T> of(Publisher<T> publisher) {
    FirstSignal<T> signal = new FirstSignal<>();
    try {
      publisher.subscribe(signal);
    } catch (RuntimeException broken) {
      signal.result.completeExceptionally(broken);
    }
    return signal.result;
  }

  @Override
  public void onSubscribe(Subscription subscription) {
    this.subscription = subscription;
    subscription.request(1);
  }

  @Override
  public void onNext(T item) {
    if (result.complete(item)) {
      subscription.cancel();
    }
  }

  @Override
  public void onError(Throwable failure) {
    result.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    result.complete(null);
  }
}
