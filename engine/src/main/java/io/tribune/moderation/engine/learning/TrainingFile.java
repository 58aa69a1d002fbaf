package io.tribune.moderation.engine.learning;

import io.tribune.moderation.engine.RuleId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads labelled texts: JSON lines {@code {"text": "...", "label": "spam"}}, a CSV file with a
 * {@code label,text} header, or tab-separated {@code label<TAB>text} lines (the SMS spam collection).
 * Labels {@code ham}, {@code ok}, {@code approve} and {@code neither} mean acceptable, {@code ok:RULE} an
 * acceptable near miss of one rule (see {@link Example#nearMissOf}); any other label must be a rule id. Bad
 * lines are skipped and reported by line number, never by content.
 */
final class TrainingFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ACCEPTABLE = Set.of("ok", "ham", "approve", "approved", "neither", "clean");

    /** What was read: the examples and one line per skipped line. */
    record Contents(List<Example> examples, List<String> problems) {}

    private TrainingFile() {}

    static Contents read(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        String first = reader.readLine();
        while (first != null && first.isBlank()) {
            first = reader.readLine();
        }
        Contents contents = new Contents(new ArrayList<>(), new ArrayList<>());
        if (first == null) {
            return contents;
        }
        first = first.startsWith("\uFEFF") ? first.substring(1) : first;
        if (first.stripLeading().startsWith("{")) {
            readJsonLines(first, reader, contents);
        } else if (first.contains("\t") && !first.contains(",")
                || first.indexOf('\t') >= 0 && first.indexOf('\t') < first.indexOf(',')) {
            readTabbed(first, reader, contents);
        } else {
            readCsv(first, reader, contents);
        }
        return contents;
    }

    /** The canonical label: {@code ok} or a rule id; null when the label is neither. */
    static String canonicalLabel(String raw) {
        String label = raw.strip().toLowerCase(Locale.ROOT);
        if (ACCEPTABLE.contains(label)) {
            return Classifier.OK;
        }
        return RuleId.fromId(label).map(RuleId::id).orElse(null);
    }

    private static void readJsonLines(String first, BufferedReader reader, Contents contents) throws IOException {
        int number = 1;
        for (String line = first; line != null; line = reader.readLine(), number++) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                JsonNode text = node.get("text");
                JsonNode label = node.get("label");
                if (text == null || !text.isString() || label == null || !label.isString()) {
                    contents.problems().add("line " + number + ": needs string fields text and label");
                    continue;
                }
                add(contents, number, label.asString(), text.asString());
            } catch (JacksonException e) {
                contents.problems().add("line " + number + ": not valid JSON");
            }
        }
    }

    private static void readTabbed(String first, BufferedReader reader, Contents contents) throws IOException {
        int number = 1;
        for (String line = first; line != null; line = reader.readLine(), number++) {
            int tab = line.indexOf('\t');
            if (line.isBlank()) {
                continue;
            }
            if (tab < 0) {
                contents.problems().add("line " + number + ": no tab between label and text");
                continue;
            }
            String label = line.substring(0, tab);
            if (number == 1 && canonicalLabel(label) == null) {
                continue; // a header such as "Label<TAB>SMS"
            }
            add(contents, number, label, line.substring(tab + 1));
        }
    }

    /** CSV with a header naming the label and text columns; quoted fields may span lines. */
    private static void readCsv(String header, BufferedReader reader, Contents contents) throws IOException {
        CsvRecords records = new CsvRecords(header, reader);
        List<String> columns = records.next();
        int labelColumn = indexOf(columns, "label", "class", "category");
        int textColumn = indexOf(columns, "text", "comment", "message", "sms", "tweet");
        if (labelColumn < 0 || textColumn < 0) {
            contents.problems().add("line 1: the CSV header must name a label column and a text column");
            return;
        }
        int number = 1;
        for (List<String> record = records.next(); record != null; record = records.next()) {
            number++;
            if (record.size() <= Math.max(labelColumn, textColumn)) {
                contents.problems().add("record " + number + ": too few columns");
                continue;
            }
            add(contents, number, record.get(labelColumn), record.get(textColumn));
        }
    }

    private static int indexOf(List<String> columns, String... names) {
        for (String name : names) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).strip().equalsIgnoreCase(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The rule of a near-miss label {@code ok:RULE}; null for any other label. */
    static String nearMissOf(String raw) {
        String label = raw.strip().toLowerCase(Locale.ROOT);
        String prefix = Classifier.OK + ":";
        return label.startsWith(prefix)
                ? RuleId.fromId(label.substring(prefix.length()))
                        .map(RuleId::id)
                        .orElse(null)
                : null;
    }

    private static void add(Contents contents, int number, String rawLabel, String text) {
        String nearMissOf = nearMissOf(rawLabel);
        String label = nearMissOf != null ? Classifier.OK : canonicalLabel(rawLabel);
        if (label == null) {
            contents.problems().add("line " + number + ": label is neither ok/ham/approve nor a rule id");
            return;
        }
        if (text.isBlank()) {
            contents.problems().add("line " + number + ": empty text");
            return;
        }
        contents.examples().add(new Example(text, label, nearMissOf, 1));
    }

    /** RFC 4180 records: commas separate, double quotes quote, doubled quotes escape, quoted newlines stay. */
    static final class CsvRecords {
        private final BufferedReader reader;
        private String pending;

        CsvRecords(BufferedReader reader) {
            this(null, reader);
        }

        private CsvRecords(String firstLine, BufferedReader reader) {
            this.pending = firstLine;
            this.reader = reader;
        }

        /** The next record's fields, or null at the end. */
        List<String> next() throws IOException {
            String line = pending != null ? pending : reader.readLine();
            pending = null;
            while (line != null && line.isBlank()) {
                line = reader.readLine();
            }
            if (line == null) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i == line.length()) {
                    if (!quoted) {
                        break;
                    }
                    String more = reader.readLine();
                    if (more == null) {
                        break;
                    }
                    field.append('\n');
                    line = more;
                    i = 0;
                    continue;
                }
                char c = line.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
