package org.charterdesk.charter;

/** A service as screens name and choose it: its code and its name. */
public record ServiceRef(String code, String name) {

    static ServiceRef of(CouncilService service) {
        return new ServiceRef(service.getCode(), service.getName());
    }
}
