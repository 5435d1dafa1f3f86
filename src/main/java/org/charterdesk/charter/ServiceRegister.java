package org.charterdesk.charter;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The council's services as the screens that change them need them: found for a change, added, kept. */
@Service
public class ServiceRegister {

    private final CouncilServiceRepository services;

    ServiceRegister(CouncilServiceRepository services) {
        this.services = services;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CouncilService> find(String code) {
        return services.findByCode(code);
    }

    /** Saves a new or changed service; a stale version is refused by the database's optimistic lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CouncilService keep(CouncilService service) {
        return services.saveAndFlush(service);
    }
}
