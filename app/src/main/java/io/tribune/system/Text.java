package io.tribune.system;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/** The interface texts of one language, looked up by key. */
public final class Text {

    private final MessageSource messages;
    private final Locale locale;

    Text(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            return key;
        }
    }

    public Locale locale() {
        return locale;
    }
}
