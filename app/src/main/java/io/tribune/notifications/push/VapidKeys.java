package io.tribune.notifications.push;

import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;

/**
 * The site's VAPID key pair; browsers subscribe with the public one ({@code applicationServerKey}).
 *
 * @param publicKeyText the public key as browsers and push services are given it: 65 bytes, base64url
 */
record VapidKeys(ECPublicKey publicKey, ECPrivateKey privateKey, String publicKeyText) {

    VapidKeys(ECPublicKey publicKey, ECPrivateKey privateKey) {
        this(publicKey, privateKey, P256.base64url(P256.encode(publicKey)));
    }
}
