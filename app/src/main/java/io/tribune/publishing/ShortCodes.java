package io.tribune.publishing;

import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Makes the short codes of {@code /s/{code}} links: seven letters and digits, unique, not guessable in order. */
@Component
class ShortCodes {

    static final Pattern FORM = Pattern.compile("[A-Za-z0-9]{4,16}");
    private static final String ALPHABET = "23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int LENGTH = 7;

    private final SecureRandom random = new SecureRandom();
    private final ArticleRepository articles;

    ShortCodes(ArticleRepository articles) {
        this.articles = articles;
    }

    String next() {
        while (true) {
            StringBuilder code = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (!articles.existsByShortCode(code.toString())) {
                return code.toString();
            }
        }
    }

    static boolean isWellFormed(String code) {
        return code != null && FORM.matcher(code).matches();
    }
}
