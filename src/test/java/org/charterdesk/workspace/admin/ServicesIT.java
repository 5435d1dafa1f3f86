package org.charterdesk.workspace.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.charterdesk.administration.ServiceAdministration;
import org.charterdesk.administration.ServiceAdministration.OpenCases;
import org.charterdesk.administration.ServiceAdministration.ServiceRow;
import org.charterdesk.charter.Charter;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Services on screen: an administrator adds one (its teams appear in the identity store), renames it, and retires
 * it; a service with open cases is retired only once they are told where to go, and moving them takes their open
 * steps to the other service's team; a retired service takes no new contacts.
 */
class ServicesIT extends ViewTestBase {

    @Autowired
    ServiceAdministration administration;

    @Autowired
    Charter charter;

    @Test
    void anAdministratorAddsAServiceRetiresAnotherAndItsOpenCasesMoveWithTheirSteps() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String parks = "parks-" + suffix;
        String leisure = "leisure-" + suffix;
        open(admin, "services");
        addService(parks, "Parks");
        addService(leisure, "Leisure");
        assertThat(text("services")).contains("Parks (" + parks + "): 0 open cases", "Leisure (" + leisure + ")");
        assertThat(identity.createGroupQuery()
                        .groupId(StaffGroups.officers(parks))
                        .count())
                .isEqualTo(1);
        assertThat(identity.createGroupQuery()
                        .groupId(StaffGroups.managers(parks))
                        .count())
                .isEqualTo(1);

        String ref = phoneComplaint(parks, null).getReference();
        String step = taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE);
        open(admin, "services");
        _click(_get(Button.class, spec -> spec.withId("change-service-" + parks)));
        _click(_get(Button.class, spec -> spec.withId("retire-service")));
        @SuppressWarnings("unchecked")
        ComboBox<ServiceRow> moveTo = _get(ComboBox.class, spec -> spec.withId("service-move-to"));
        assertThat(moveTo.getErrorMessage())
                .isEqualTo("Parks has 1 open cases. Say where they go: to another service, or staying with this team"
                        + " until they close.");
        moveTo.setValue(moveTo.getListDataView()
                .getItems()
                .filter(s -> s.code().equals(leisure))
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("retire-service")));

        assertThat(text("services")).contains("Parks (" + parks + "), retired on");
        assertThat(reload(ref).serviceCode()).isEqualTo(leisure);
        assertThat(taskService.getIdentityLinksForTask(step))
                .extracting(link -> link.getGroupId())
                .contains(StaffGroups.officers(leisure))
                .doesNotContain(StaffGroups.officers(parks));
        assertThat(runtime.getVariable(instance(ref).getId(), "serviceCode")).isEqualTo(leisure);
        assertThat(jdbc.queryForObject(
                        "select service_code from task_list_entry where task_id = ?", String.class, step))
                .isEqualTo(leisure);
        assertThat(timelineText(ref)).anyMatch(t -> t.startsWith("Moved from Parks to Leisure"));
        assertThat(charter.openServiceRefs()).noneMatch(s -> s.code().equals(parks));
        assertThat(charter.serviceRefs()).anyMatch(s -> s.code().equals(parks));
        assertThatThrownBy(() -> phoneComplaint(parks, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("That service no longer takes new contacts");
    }

    @Test
    void aStaleChangeAndBadInputAreRefusedAndOnlyAdministratorsManageServices() {
        String code = "bins-" + System.nanoTime() % 1_000_000;
        assertThatThrownBy(() -> administration.create("Bins!", "Bins", null, admin))
                .hasMessageContaining("Give a short code of small letters");
        administration.create(code, "Bins", null, admin);
        assertThatThrownBy(() -> administration.create(code, "Bins again", null, admin))
                .hasMessageContaining("There is already a service with the code " + code);
        ServiceRow opened = row(code);
        administration.change(code, opened.version(), "Bins and Litter", null, admin);
        assertThatThrownBy(() -> administration.change(code, opened.version(), "Litter", null, admin))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Someone else changed Bins and Litter since you opened it");
        administration.retire(code, row(code).version(), new OpenCases(null, false), admin);
        assertThat(row(code).retiredOn()).isNotNull();

        assertRefused(max, "services", ServicesView.class);
        assertThatThrownBy(() -> administration.all(max)).isInstanceOf(AccessDeniedException.class);
    }

    private ServiceRow row(String code) {
        return administration.all(admin).stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static void addService(String code, String name) {
        _click(_get(Button.class, spec -> spec.withId("new-service")));
        _get(TextField.class, spec -> spec.withId("service-code")).setValue(code);
        _get(TextField.class, spec -> spec.withId("service-name")).setValue(name);
        _click(_get(Button.class, spec -> spec.withId("save-service")));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
