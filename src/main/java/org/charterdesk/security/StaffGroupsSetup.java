package org.charterdesk.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.cluster.SetUpBeforeServing;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the groups the procedure assigns work to exist: officers and managers of every service, customer
 * services and administrators. Administrators add people to them in Camunda Admin.
 */
@Component
@Order(2)
class StaffGroupsSetup implements SetUpBeforeServing {

    private final IdentityService identity;
    private final Charter charter;

    StaffGroupsSetup(IdentityService identity, Charter charter) {
        this.identity = identity;
        this.charter = charter;
    }

    @Override
    public void setUp() {
        ensure(StaffGroups.ADMINISTRATORS, "Administrators", "SYSTEM");
        ensure(StaffGroups.INTAKE, "Customer services (all services)", "WORKFLOW");
        ensure(StaffGroups.CORPORATE, "Customer focus group and corporate lead", "WORKFLOW");
        for (CouncilService service : charter.services()) {
            ensure(StaffGroups.officers(service.getCode()), service.getName() + " officers", "WORKFLOW");
            ensure(StaffGroups.managers(service.getCode()), service.getName() + " managers", "WORKFLOW");
        }
    }

    private void ensure(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }
}
