package org.xms4j.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TestDataTest {

  @Test
  void opensFixturesAndNamesMissingOnes() {
    assertThat(new String(TestData.bytes("README.md"), StandardCharsets.UTF_8)).startsWith("# xms4j fixtures");
    assertThat(TestData.path("README.md")).exists();
    assertThatThrownBy(() -> TestData.open("nope.bin")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("org/xms4j/testdata/nope.bin");
  }

  @Test
  void findsTheRealFilesWhenPresent() {
    assumeTrue(TestData.realRoot().isPresent(), "shared/testdata-real is absent: skipping the real-file check");
    Path root = TestData.realRoot().get();
    assertThat(root.resolve("PROVENANCE.md")).exists();
    assertThat(TestData.realFiles("msg")).isNotEmpty().allMatch(Files::isRegularFile)
        .anyMatch(p -> p.getFileName().toString().equals("keywords.msg"));
  }
}
