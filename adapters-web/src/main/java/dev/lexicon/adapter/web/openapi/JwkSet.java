package dev.lexicon.adapter.web.openapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of the JSON Web Key Set (RFC 7517, section 5) that {@code /.well-known/jwks.json}
 * serves, for the description only: the key library writes the set itself.
 *
 * @param keys the public keys that may have signed an access token; a token's {@code kid} header
 *     names its key
 */
@Schema(name = "JwkSet", requiredProperties = "keys")
public record JwkSet(List<Jwk> keys) {

  /**
   * One public key (RFC 7517, section 4; RFC 7518, section 6): an RSA key carries {@code n} and
   * {@code e}, an elliptic-curve key {@code crv}, {@code x} and {@code y}.
   */
  @Schema(name = "Jwk")
  public record Jwk(
      @Schema(description = "Key type: RSA or EC") String kty,
      @Schema(description = "Key id, as in the kid header of the tokens it signed") String kid,
      @Schema(description = "Public key use: sig") String use,
      @Schema(description = "Signature algorithm: RS256 or ES256") String alg,
      @Schema(description = "RSA modulus, base64url") String n,
      @Schema(description = "RSA public exponent, base64url") String e,
      @Schema(description = "Elliptic curve: P-256") String crv,
      @Schema(description = "Elliptic-curve x coordinate, base64url") String x,
      @Schema(description = "Elliptic-curve y coordinate, base64url") String y) {}
}
