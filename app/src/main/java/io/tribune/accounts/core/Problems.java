package io.tribune.accounts.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with a submitted form: a message key per field, empty when the form was accepted. */
public record Problems(Map<String, String> byField) {

    public static Problems none() {
        return new Problems(Map.of());
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The message key for a field, or null. */
    public String of(String field) {
        return byField.get(field);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, String> byField = new LinkedHashMap<>();

        public Builder add(String field, String messageKey) {
            if (messageKey != null) {
                byField.putIfAbsent(field, messageKey);
            }
            return this;
        }

        public boolean isEmpty() {
            return byField.isEmpty();
        }

        public Problems build() {
            return new Problems(Collections.unmodifiableMap(new LinkedHashMap<>(byField)));
        }
    }
}
