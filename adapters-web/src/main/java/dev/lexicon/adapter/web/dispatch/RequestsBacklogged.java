package dev.lexicon.adapter.web.dispatch;

import java.util.concurrent.RejectedExecutionException;

/** A request was refused before it started: the threads that would serve it are behind. */
public final class RequestsBacklogged extends RejectedExecutionException {

  public RequestsBacklogged() {
    super("The requests already waiting have waited too long; this one was not started");
  }
}
