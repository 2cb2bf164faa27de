package dev.lexicon.adapter.persistence;

import dev.lexicon.application.error.StoreUnavailable;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;

/** Turns a lost or refused database connection into {@link StoreUnavailable}; see there. */
@Singleton
@InterceptorBean(TranslatesStoreFailures.class)
final class StoreFailureInterceptor implements MethodInterceptor<Object, Object> {

  @Override
  public Object intercept(MethodInvocationContext<Object, Object> context) {
    try {
      return context.proceed();
    } catch (RuntimeException failure) {
      if (ConnectionFailure.isCauseOf(failure)) {
        throw new StoreUnavailable(failure);
      }
      throw failure;
    }
  }
}
