package org.frontdoor.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's data files in src/main/resources/demo: "[heading]" lines start sections, blank lines and "#" comments
 * are skipped. Read in file order, so that the generator stays deterministic.
 */
final class DemoResources {

    record Section(String heading, List<String> lines) {
    }

    private DemoResources() {
    }

    static List<Section> sections(String file) {
        List<Section> sections = new ArrayList<>();
        String resource = "/demo/" + file;
        try (InputStream in = DemoResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo data file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    sections.add(new Section(line.substring(1, line.length() - 1).strip(), new ArrayList<>()));
                } else if (sections.isEmpty()) {
                    throw new IllegalStateException(resource + ": line before the first [heading]: " + line);
                } else {
                    sections.get(sections.size() - 1).lines().add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
        return sections;
    }

    static List<String> section(String file, String heading) {
        return sections(file).stream().filter(s -> s.heading().equals(heading)).findFirst()
                .map(s -> List.copyOf(s.lines()))
                .orElseThrow(() -> new IllegalStateException("No [" + heading + "] in demo/" + file));
    }
}
