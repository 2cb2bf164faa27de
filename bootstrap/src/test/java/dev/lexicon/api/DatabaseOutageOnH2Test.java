package dev.lexicon.api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;

/** H2 served over TCP, so that the proxy can stand between the service and the database. */
@MicronautTest(transactional = false)
class DatabaseOutageOnH2Test extends DatabaseOutageApiSpec {

  private Server h2;

  @Override
  Map<String, String> databaseProperties(Path dataDir) {
    try {
      h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    proxy = new TcpProxy("127.0.0.1", h2.getPort());
    Map<String, String> properties = new HashMap<>(poolProperties());
    properties.put(
        "datasources.default.url",
        "jdbc:h2:tcp://127.0.0.1:"
            + proxy.port()
            + "/mem:outage"
            + UUID.randomUUID().toString().replace("-", "")
            + ";DB_CLOSE_DELAY=-1");
    return properties;
  }

  @AfterAll
  void stopH2() {
    h2.stop();
  }
}
