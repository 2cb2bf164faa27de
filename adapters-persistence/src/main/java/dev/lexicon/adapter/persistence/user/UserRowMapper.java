package dev.lexicon.adapter.persistence.user;

import dev.lexicon.adapter.persistence.Timestamps;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.PasswordHash;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = Timestamps.class)
interface UserRowMapper {

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "username", source = "username.value")
  @Mapping(target = "email", source = "email.value")
  @Mapping(target = "passwordHash", source = "passwordHash.value")
  UserRow toRow(User user);

  /** Through the domain's own factory, so a row that breaks a rule cannot become a user. */
  default User toDomain(UserRow row) {
    return User.restore(
        UserId.parse(row.id()),
        new Username(row.username()),
        new Email(row.email()),
        new PasswordHash(row.passwordHash()),
        Timestamps.toInstant(row.dateJoined()),
        Timestamps.toInstant(row.lastLogin()),
        row.active(),
        rolesOf(row.roles()),
        row.version());
  }

  /** In declaration order, so a user's roles are always written the same way. */
  default String rolesText(Set<Role> roles) {
    return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
  }

  default Set<Role> rolesOf(String text) {
    return Arrays.stream(text.split(","))
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }
}
