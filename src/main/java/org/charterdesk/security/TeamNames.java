package org.charterdesk.security;

import java.util.Collection;
import java.util.stream.Collectors;
import org.charterdesk.charter.Charter;
import org.springframework.stereotype.Component;

/** The names people use for the teams behind the group ids: "Housing officers", not "housing-officers". */
@Component
public class TeamNames {

    private final Charter charter;

    TeamNames(Charter charter) {
        this.charter = charter;
    }

    /** The team's name, e.g. "Waste and Recycling managers" or "Customer services". */
    public String of(String groupId) {
        if (StaffGroups.INTAKE.equals(groupId)) {
            return "Customer services";
        }
        if (StaffGroups.CORPORATE.equals(groupId)) {
            return "the corporate lead";
        }
        if (StaffGroups.ADMINISTRATORS.equals(groupId)) {
            return "Administrators";
        }
        return StaffGroups.serviceOfOfficers(groupId)
                .map(service -> charter.serviceName(service) + " officers")
                .or(() -> StaffGroups.serviceOfManagers(groupId)
                        .map(service -> charter.serviceName(service) + " managers"))
                .orElse(groupId);
    }

    /** Several teams, joined in plain English: "Housing officers and Housing managers". */
    public String of(Collection<String> groupIds) {
        String names = groupIds.stream().map(this::of).collect(Collectors.joining(", "));
        int last = names.lastIndexOf(", ");
        return last < 0 ? names : names.substring(0, last) + " and " + names.substring(last + 2);
    }
}
