package org.frontdoor.legacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The legacy layouts this installation knows: every {@code legacy/mappings/*.json} on the classpath. */
@Component
public class LegacyMappings {

    private final List<LegacyMapping> mappings;

    LegacyMappings(ObjectMapper json) {
        List<LegacyMapping> found = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:legacy/mappings/*.json")) {
                try (InputStream in = r.getInputStream()) {
                    found.add(read(json, in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the legacy import mappings", e);
        }
        found.sort(Comparator.comparing(LegacyMapping::system));
        this.mappings = List.copyOf(found);
    }

    static LegacyMapping read(ObjectMapper json, InputStream in) throws IOException {
        return json.readValue(in, LegacyMapping.class);
    }

    public List<LegacyMapping> all() {
        return mappings;
    }

    public Optional<LegacyMapping> find(String system) {
        return mappings.stream().filter(m -> m.system().equals(system)).findFirst();
    }
}
