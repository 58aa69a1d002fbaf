package io.tribune.moderation.engine.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options of the form {@code --name value} and {@code --flag}; repeated values are kept in order. */
final class Options {

    /** Options that cannot be used, with the reason. */
    static final class Invalid extends Exception {

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private Options() {}

    static Options parse(List<String> args, Set<String> withValue, Set<String> flags) throws Invalid {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new Invalid(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                options.values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } else if (flags.contains(name) && value == null) {
                options.values.computeIfAbsent(name, n -> new ArrayList<>()).add("true");
            } else {
                throw new Invalid("unknown argument '" + arg + "'");
            }
        }
        return options;
    }

    String value(String name) {
        List<String> all = values.get(name);
        return all == null ? null : all.getLast();
    }

    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}
