package dev.lexicon.api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The test's MariaDB server keeps running; only the proxy in front of it goes away. */
@MicronautTest(environments = "mysql", transactional = false)
@EnabledIfSystemProperty(named = Databases.MYSQL_URL_PROPERTY, matches = ".+")
class DatabaseOutageOnMariaDbTest extends DatabaseOutageApiSpec {

  @Override
  Map<String, String> databaseProperties(Path dataDir) {
    Map<String, String> properties = new HashMap<>(Databases.mariaDb());
    String url = properties.get("datasources.default.url");
    URI database = URI.create(url.substring("jdbc:".length()));
    proxy = new TcpProxy(database.getHost(), database.getPort());
    properties.put(
        "datasources.default.url",
        url.replace(database.getHost() + ":" + database.getPort(), "127.0.0.1:" + proxy.port()));
    properties.putAll(poolProperties());
    return properties;
  }
}
