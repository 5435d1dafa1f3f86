package org.charterdesk.testsupport;

import org.charterdesk.charter.CouncilProperties;

/** The council's details as tests change them. */
public final class Councils {

    private Councils() {}

    /** The council's details with another phone number. */
    public static CouncilProperties.Details withPhone(CouncilProperties.Details d, String phone) {
        return new CouncilProperties.Details(
                d.name(),
                d.shortName(),
                phone,
                d.email(),
                d.website(),
                d.ombudsmanName(),
                d.ombudsmanWebsite(),
                d.logo(),
                d.signOff(),
                d.welshName(),
                d.welshSignOff(),
                d.languages(),
                d.population(),
                d.address());
    }
}
