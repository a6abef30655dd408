package io.cloudsync.hub.marketsync.mapping;

import io.cloudsync.hub.config.ConfigException;
import java.util.List;

/** The mapping file cannot be used: every problem found, each naming the key and its line. */
public class MappingFileException extends ConfigException {

    private final List<String> problems;

    public MappingFileException(String source, List<String> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
