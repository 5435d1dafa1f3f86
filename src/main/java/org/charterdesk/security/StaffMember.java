package org.charterdesk.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in member of staff: who they are and which services they work for. This is the principal of every
 * staff authentication, whether through the workspace, the API or the Camunda webapps.
 */
public record StaffMember(
        String username,
        String displayName,
        String email,
        Set<String> officerOf,
        Set<String> managerOf,
        boolean intake,
        boolean administrator,
        boolean corporateLead)
        implements Serializable {

    public StaffMember {
        officerOf = Set.copyOf(officerOf);
        managerOf = Set.copyOf(managerOf);
    }

    public boolean isOfficerOf(String serviceCode) {
        return officerOf.contains(serviceCode);
    }

    public boolean isManagerOf(String serviceCode) {
        return managerOf.contains(serviceCode);
    }

    /** Whether the member may see the cases of a service: its own staff, customer services and administrators. */
    public boolean maySeeService(String serviceCode) {
        return administrator || intake || isOfficerOf(serviceCode) || isManagerOf(serviceCode);
    }

    /** Whether the member works on a service's self-assessments and plans: its own staff, or the corporate lead. */
    public boolean mayPlanFor(String serviceCode) {
        return corporateLead || isOfficerOf(serviceCode) || isManagerOf(serviceCode);
    }

    /** Whether the member may log contacts for a service: customer services for any, its own staff for theirs. */
    public boolean mayLogContactsFor(String serviceCode) {
        return intake || isOfficerOf(serviceCode) || isManagerOf(serviceCode);
    }

    /** Whether the member opens case pages at all: not a corporate lead who has no other role. */
    public boolean opensCases() {
        return seesAllServices() || !officerOf.isEmpty() || !managerOf.isEmpty();
    }

    /** Whether the member sees every service's cases rather than only their own services'. */
    public boolean seesAllServices() {
        return administrator || intake;
    }

    /** The candidate groups whose tasks this member may take. */
    public List<String> candidateGroups() {
        List<String> groups = new ArrayList<>();
        officerOf.forEach(code -> groups.add(StaffGroups.officers(code)));
        managerOf.forEach(code -> groups.add(StaffGroups.managers(code)));
        if (intake) {
            groups.add(StaffGroups.INTAKE);
        }
        if (corporateLead) {
            groups.add(StaffGroups.CORPORATE);
        }
        return groups;
    }

    public List<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(role(Roles.STAFF));
        if (!officerOf.isEmpty()) {
            authorities.add(role(Roles.OFFICER));
        }
        if (!managerOf.isEmpty()) {
            authorities.add(role(Roles.MANAGER));
        }
        if (intake) {
            authorities.add(role(Roles.INTAKE));
        }
        if (administrator) {
            authorities.add(role(Roles.ADMIN));
        }
        if (corporateLead) {
            authorities.add(role(Roles.CORPORATE));
        }
        return authorities;
    }

    private static GrantedAuthority role(String name) {
        return new SimpleGrantedAuthority("ROLE_" + name);
    }
}
