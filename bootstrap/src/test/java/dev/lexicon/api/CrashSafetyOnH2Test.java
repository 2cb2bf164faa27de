package dev.lexicon.api;

import java.nio.file.Path;
import java.util.Map;

/** The embedded default, as the README starts it: H2 in the data directory. */
class CrashSafetyOnH2Test extends CrashSafetySpec {

  @Override
  Map<String, String> storeProperties(Path dataDir) {
    return Map.of("lexicon.data-dir", dataDir.toString());
  }

  @Override
  String storeName() {
    return "H2";
  }
}
