package dev.lexicon.adapter.web.user;

import dev.lexicon.adapter.web.json.IsoInstants;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Public, like {@link UserResponse}: registration maps the user it created with it. */
@Mapper
public interface UserMapper {

  @Mapping(target = "isActive", source = "active")
  UserResponse toResponse(User user);

  default String map(UserId id) {
    return id.toString();
  }

  default String map(Username username) {
    return username.value();
  }

  default String map(Email email) {
    return email.value();
  }

  /** ISO-8601 in UTC with a {@code Z}, as API.md promises for every timestamp. */
  default String map(Instant instant) {
    return instant == null ? null : IsoInstants.format(instant);
  }

  default List<String> map(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().toList();
  }
}
