package org.charterdesk.scorecard;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.charterdesk.cluster.SetUpBeforeServing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the charter's measures from {@code charterdesk.scorecard.measures} into an empty database, once. */
@Component
@Order(4)
class MeasureFileLoader implements SetUpBeforeServing {

    private static final Logger LOG = LoggerFactory.getLogger(MeasureFileLoader.class);

    /** The file: a list of measures. */
    record MeasureFile(List<MeasureDefinition> measures) {}

    private final MeasureRepository measures;
    private final ScorecardProperties properties;

    MeasureFileLoader(MeasureRepository measures, ScorecardProperties properties) {
        this.measures = measures;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void setUp() throws IOException {
        if (measures.count() > 0 || properties.measures() == null) {
            return;
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = properties.measures().getInputStream()) {
            List<MeasureDefinition> loaded =
                    yaml.readValue(in, MeasureFile.class).measures();
            for (int i = 0; i < loaded.size(); i++) {
                measures.save(new Measure(loaded.get(i), i));
            }
            LOG.info("Loaded {} scorecard measures from {}", loaded.size(), properties.measures());
        }
    }
}
