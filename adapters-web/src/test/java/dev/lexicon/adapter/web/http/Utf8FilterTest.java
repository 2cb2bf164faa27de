package dev.lexicon.adapter.web.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Utf8FilterTest {

  @Test
  void plain_ascii_is_well_formed() {
    assertTrue(Utf8Filter.isPercentEncodedUtf8("/api/v1/dictionary/app/db"));
  }

  @Test
  void percent_encoded_utf8_is_well_formed() {
    assertTrue(Utf8Filter.isPercentEncodedUtf8("/api/v1/dictionary/%C3%A9t%C3%A9%F0%9F%98%80"));
  }

  @Test
  void no_query_is_well_formed() {
    assertTrue(Utf8Filter.isPercentEncodedUtf8(null));
  }

  @Test
  void a_lone_ff_byte_is_ill_formed() {
    assertFalse(Utf8Filter.isPercentEncodedUtf8("prefix=%FF"));
  }

  @Test
  void an_overlong_slash_is_ill_formed() {
    assertFalse(Utf8Filter.isPercentEncodedUtf8("/a%C0%AFb"));
  }

  @Test
  void an_encoded_surrogate_is_ill_formed() {
    assertFalse(Utf8Filter.isPercentEncodedUtf8("/a%ED%A0%80"));
  }

  @Test
  void a_sequence_cut_short_is_ill_formed() {
    assertFalse(Utf8Filter.isPercentEncodedUtf8("/a%E2%82"));
  }

  @Test
  void a_raw_character_beyond_ascii_is_ill_formed() {
    assertFalse(Utf8Filter.isPercentEncodedUtf8("/caf\u00e9"));
  }

  @Test
  void a_percent_sign_without_two_hex_digits_is_left_to_the_router() {
    assertTrue(Utf8Filter.isPercentEncodedUtf8("/100%"));
  }
}
