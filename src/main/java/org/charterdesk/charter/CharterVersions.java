package org.charterdesk.charter;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every version of the charter's standards, old, in force and starting later, for the screens that change them. */
@Service
public class CharterVersions {

    private final CharterStandardRepository standards;

    CharterVersions(CharterStandardRepository standards) {
        this.standards = standards;
    }

    /** All versions of all standards, in the charter's order. */
    @Transactional(readOnly = true)
    public List<CharterStandard> all() {
        return standards.findAllByOrderBySortOrder();
    }

    @Transactional(readOnly = true)
    public Optional<CharterStandard> find(long id) {
        return standards.findById(id);
    }

    /** Keeps a change: the version it replaces (now ending) and the new one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void keep(CharterStandard replaced, CharterStandard next) {
        standards.save(replaced);
        standards.save(next);
    }
}
