package org.charterdesk.administration;

import java.util.Set;

/**
 * A member of staff as the people screen shows and saves them: their name and email, the services they work in as
 * officer or manager, and their council-wide roles.
 */
public record Person(
        String username,
        String firstName,
        String lastName,
        String email,
        Set<String> officerOf,
        Set<String> managerOf,
        boolean customerServices,
        boolean corporateLead,
        boolean administrator,
        boolean disabled) {

    public Person {
        officerOf = officerOf == null ? Set.of() : Set.copyOf(officerOf);
        managerOf = managerOf == null ? Set.of() : Set.copyOf(managerOf);
    }

    public String name() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? username : name;
    }
}
