package dev.lexicon.adapter.persistence.dictionary;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Binds the parameters of one of the entry statements that are written out in plain JDBC. */
@FunctionalInterface
interface StatementParameters {
  void bind(PreparedStatement statement) throws SQLException;
}
