package dev.lexicon.dependencies;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The libraries on the service's classpath are at least the releases that fixed what an attacker
 * can reach over HTTP. The root pom pins them above micronaut-parent's; these fail if a change to
 * the build brings an older one back.
 */
class DependencyVersionsTest {

  @Test
  void every_netty_artifact_is_at_least_4_2_10_which_stops_smuggling_through_chunk_extensions() {
    Map<String, io.netty.util.Version> artifacts = io.netty.util.Version.identify();

    assertFalse(artifacts.isEmpty(), "no Netty artifact reports its version");
    artifacts.forEach(
        (artifact, version) ->
            assertTrue(
                isAtLeast(version.artifactVersion(), 4, 2, 10),
                () -> artifact + " is " + version.artifactVersion()));
  }

  @Test
  void jackson_core_is_at_least_2_21_1_whose_async_parser_bounds_number_length() {
    Version core = com.fasterxml.jackson.core.json.PackageVersion.VERSION;

    assertTrue(isAtLeast(core, 2, 21, 1), core::toString);
  }

  @Test
  void jackson_databind_is_of_the_same_fixed_line_as_jackson_core() {
    Version databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;

    assertTrue(isAtLeast(databind, 2, 21, 1), databind::toString);
  }

  /** Netty spells its versions {@code 4.2.18.Final}: three numbers and a qualifier. */
  private static boolean isAtLeast(String artifactVersion, int... minimum) {
    int[] numbers =
        Arrays.stream(artifactVersion.split("\\.")).limit(3).mapToInt(Integer::parseInt).toArray();
    return Arrays.compare(numbers, minimum) >= 0;
  }

  /**
   * By numbers alone: Jackson's own {@link Version#compareTo} puts the group and artifact first, so
   * any version of a named artifact ranks above a bare minimum.
   */
  private static boolean isAtLeast(Version version, int... minimum) {
    int[] numbers = {version.getMajorVersion(), version.getMinorVersion(), version.getPatchLevel()};
    return Arrays.compare(numbers, minimum) >= 0;
  }
}
