package io.tribune.system;

import io.tribune.editions.Edition;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Hands out the interface texts of an edition's language. */
@Component
public class Texts {

    private final MessageSource messages;
    private final Map<Locale, Text> byLocale = new ConcurrentHashMap<>();

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public Text of(Edition edition) {
        return of(edition.locale());
    }

    public Text of(Locale locale) {
        return byLocale.computeIfAbsent(locale, l -> new Text(messages, l));
    }
}
