package org.charterdesk.workspace.cases;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.tasklist.TaskActions;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case page open while someone else takes one of its steps says so, and shows the latest when asked; it never
 * redraws itself under its reader. (Across nodes the same signal arrives through PostgreSQL: see ClusterIT.)
 */
class CaseChangedIT extends ViewTestBase {

    @Autowired
    TaskActions taskActions;

    @Test
    void aPageOpenWhileAColleagueTakesAStepSaysSoAndShowsTheLatestWhenAsked() throws InterruptedException {
        String ref = phoneComplaint("housing", null).getReference();
        open(harry, "cases/" + ref);
        assertThat(notice().isVisible()).isFalse();

        taskActions.claim(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), olivia);

        // The signal arrives from another thread once the claim has committed, within a second or so.
        long giveUp = System.nanoTime() + 10_000_000_000L;
        while (!notice().isVisible() && System.nanoTime() < giveUp) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }
        assertThat(notice().isVisible()).isTrue();
        assertThat(notice().getElement().getTextRecursively())
                .contains("This case's steps have changed since you opened this page.");
        assertThat(text("case-steps")).doesNotContain("Olivia Grant");

        _click(_get(Button.class, spec -> spec.withId("show-latest")));
        assertThat(notice().isVisible()).isFalse();
        assertThat(text("case-steps")).contains("Olivia Grant");
    }

    /** The notice, found also while hidden (Karibu's lookups see only what is shown). */
    private static Div notice() {
        return (Div) _get(CaseView.class)
                .getChildren()
                .filter(child -> child.getId().filter("case-changed"::equals).isPresent())
                .findFirst()
                .orElseThrow();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
