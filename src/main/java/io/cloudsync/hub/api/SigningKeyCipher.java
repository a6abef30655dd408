package io.cloudsync.hub.api;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;

/**
 * Seals a signing key pair for the database and opens it again: a compact JWE ({@code dir}, {@code A256GCM})
 * under the {@link KeyEncryptionKey}, whose protected header names the key id, so a sealed key cannot be
 * passed off as another row. Rows of earlier versions hold the JWK itself (JSON, starting with a brace):
 * {@link #sealed(String)} tells them apart so they can be sealed on the first start. Error messages name the
 * key id only, never key material.
 */
public final class SigningKeyCipher {

    private final KeyEncryptionKey kek;

    public SigningKeyCipher(KeyEncryptionKey kek) {
        this.kek = kek;
    }

    public String seal(RSAKey pair) {
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                .keyID(pair.getKeyID()).contentType("jwk+json").build(), new Payload(pair.toJSONString()));
        try {
            jwe.encrypt(new DirectEncrypter(kek.secretKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot encrypt the API signing key " + pair.getKeyID() + ": "
                    + e.getMessage());
        }
        return jwe.serialize();
    }

    /** Whether a stored {@code private_jwk} is sealed (a JWE) rather than a plain JWK of an earlier version. */
    public static boolean sealed(String stored) {
        return !stored.stripLeading().startsWith("{");
    }

    /** The key pair a sealed row holds; the row's key id must be the one sealed in it. */
    public RSAKey open(String kid, String stored) {
        JWEObject jwe;
        try {
            jwe = JWEObject.parse(stored.strip());
        } catch (ParseException e) {
            throw new IllegalStateException("the stored API signing key " + kid + " is neither a JWK nor an"
                    + " encrypted one");
        }
        JWEHeader header = jwe.getHeader();
        if (!JWEAlgorithm.DIR.equals(header.getAlgorithm()) || !EncryptionMethod.A256GCM.equals(
                header.getEncryptionMethod()) || !kid.equals(header.getKeyID())) {
            throw new IllegalStateException("the stored API signing key " + kid + " is not encrypted for this key id"
                    + " (dir, A256GCM)");
        }
        try {
            jwe.decrypt(new DirectDecrypter(kek.secretKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("the stored API signing key " + kid + " cannot be decrypted with the"
                    + " key-encryption key from " + kek.source() + ": it was encrypted with another one. Hubs"
                    + " sharing a database need the same key: set " + KeyEncryptionKey.KEY + " (or "
                    + KeyEncryptionKey.FILE_KEY + ") to the key the hub that stored it used");
        }
        return KeyRing.parsePlain(kid, jwe.getPayload().toString());
    }
}
