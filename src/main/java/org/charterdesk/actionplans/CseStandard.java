package org.charterdesk.actionplans;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.charterdesk.cluster.SetUpBeforeServing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Customer Service Excellence standard a service assesses itself against: data, loaded once from
 * {@code charterdesk.cse.location} into an empty database, then kept (and editable) there. Element codes are the
 * sub-criterion's code and the element's number, such as 1.2.2.
 */
@Service
@Order(2)
public class CseStandard implements SetUpBeforeServing {

    private static final Logger LOG = LoggerFactory.getLogger(CseStandard.class);

    private final CseElementRepository elements;
    private final Resource location;

    CseStandard(CseElementRepository elements, CseProperties properties) {
        this.elements = elements;
        this.location = properties.location();
    }

    @Override
    @Transactional
    public void setUp() {
        if (elements.count() > 0) {
            return;
        }
        List<CseElement> loaded = read();
        elements.saveAll(loaded);
        LOG.info("Loaded the Customer Service Excellence standard from {}: {} elements", location, loaded.size());
    }

    @Transactional(readOnly = true)
    public List<CseElement> elements() {
        return elements.findAllByOrderBySortOrder();
    }

    private List<CseElement> read() {
        try (InputStream in = location.getInputStream()) {
            CseStandardFile file = new ObjectMapper(new YAMLFactory()).readValue(in, CseStandardFile.class);
            List<CseElement> all = new ArrayList<>();
            for (CseStandardFile.Criterion criterion : file.criteria()) {
                for (CseStandardFile.SubCriterion sub : criterion.subCriteria()) {
                    for (int i = 0; i < sub.elements().size(); i++) {
                        all.add(new CseElement(
                                sub.code() + "." + (i + 1),
                                criterion.number(),
                                criterion.name(),
                                sub.code(),
                                sub.name(),
                                sub.elements().get(i),
                                all.size() + 1));
                    }
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Customer Service Excellence standard from " + location, e);
        }
    }
}
