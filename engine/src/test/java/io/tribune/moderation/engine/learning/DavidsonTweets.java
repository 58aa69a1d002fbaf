package io.tribune.moderation.engine.learning;

import io.tribune.moderation.engine.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The shared Davidson et al. tweets (even-index half), read with the training file's CSV reader. */
public final class DavidsonTweets {

    /** The {@code class} column's value for tweets annotators found neither hateful nor offensive. */
    public static final String NEITHER = "2";

    private DavidsonTweets() {}

    /** A tweet and its row index in the full data set (the first column). */
    public record Row(int index, String text) {}

    /** The texts of the tweets of {@code label} ({@code class} column), if the shared data is there. */
    public static Optional<List<String>> labelled(String label) throws IOException {
        return rows(label).map(rows -> rows.stream().map(Row::text).toList());
    }

    /** The tweets of {@code label} with their row indexes, if the shared data is there. */
    public static Optional<List<Row>> rows(String label) throws IOException {
        Optional<Path> file = SharedData.find("davidson-dev/labeled_data_even.csv");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            TrainingFile.CsvRecords records = new TrainingFile.CsvRecords(reader);
            records.next(); // header
            for (List<String> record = records.next(); record != null; record = records.next()) {
                if (record.get(5).equals(label)) {
                    rows.add(new Row(Integer.parseInt(record.get(0)), record.get(6)));
                }
            }
        }
        return Optional.of(rows);
    }
}
