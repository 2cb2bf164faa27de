package dev.lexicon.application.port.in.session;

public interface LogOutUseCase {

  void logOut(LogOutCommand command);
}
