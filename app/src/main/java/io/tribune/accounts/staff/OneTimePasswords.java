package io.tribune.accounts.staff;

import java.security.SecureRandom;

/**
 * Passwords made for staff accounts the site creates itself: 20 letters and digits, without the
 * look-alikes (0 and O, 1 and l), since a person copies them from a console.
 */
final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    static String generate() {
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
