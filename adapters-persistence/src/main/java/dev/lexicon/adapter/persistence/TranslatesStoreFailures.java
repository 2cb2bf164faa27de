package dev.lexicon.adapter.persistence;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a port implementation whose every method reports a database it cannot reach as the
 * application's {@link dev.lexicon.application.error.StoreUnavailable}, so that no caller needs to
 * know what a lost connection looks like in JDBC.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Around
public @interface TranslatesStoreFailures {}
