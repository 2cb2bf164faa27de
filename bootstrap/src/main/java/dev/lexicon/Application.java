package dev.lexicon;

import io.micronaut.runtime.Micronaut;
import sun.misc.Signal;

public final class Application {

  private Application() {}

  public static void main(String[] args) {
    exitNormallyOnSigterm();
    Micronaut.run(Application.class, args);
  }

  /**
   * SIGTERM is how a service manager asks for a stop, so it ends in an ordinary exit: status 0,
   * where the JVM's own handling reports 143. The exit still runs Micronaut's shutdown hook, which
   * stops accepting connections, lets requests in flight finish within the configured grace period,
   * and closes the connection pool.
   */
  private static void exitNormallyOnSigterm() {
    Signal.handle(new Signal("TERM"), signal -> System.exit(0));
  }
}
