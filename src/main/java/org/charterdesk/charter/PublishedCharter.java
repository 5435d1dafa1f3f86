package org.charterdesk.charter;

import java.util.List;

/**
 * The charter as the public reads it: the promises to everyone, then for each service the complaint timescales it
 * works to today and its own service standards.
 */
public record PublishedCharter(List<Promise> corporate, List<ServicePromises> services) {

    /** One standard, in the words the charter gives it. */
    public record Promise(String name, String promise) {

        static Promise of(CharterStandard standard) {
            return new Promise(standard.getName(), standard.getPromise());
        }
    }

    public record ServicePromises(ServiceRef service, Timescales timescales, List<Promise> own) {}
}
