package dev.lexicon.application.port.in.user;

public interface ListUsersUseCase {

  UserPage list(ListUsersQuery query);
}
