package org.charterdesk.workspace.cases;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Supplier;
import org.charterdesk.complaints.steps.OpenStep;
import org.charterdesk.tasklist.TaskListUpdates;

/**
 * Says on a case page that the case's steps have changed since the page was drawn (someone took, finished or gave
 * back a step, on this node or another), with a button to show the latest. The page is never redrawn by itself,
 * under a reader who may be typing a note or a letter.
 */
class CaseChangedNotice extends Div {

    private final TaskListUpdates updates;
    private final String reference;
    private final List<OpenStep> shown;
    private final Supplier<List<OpenStep>> now;
    private Runnable unsubscribe = () -> {};

    CaseChangedNotice(
            TaskListUpdates updates,
            String reference,
            List<OpenStep> shown,
            Supplier<List<OpenStep>> now,
            Runnable showLatest) {
        this.updates = updates;
        this.reference = reference;
        this.shown = shown;
        this.now = now;
        setId("case-changed");
        addClassName("warning-note");
        getElement().setAttribute("role", "status");
        Button latest = new Button("Show the latest", click -> showLatest.run());
        latest.setId("show-latest");
        add(new Span("This case's steps have changed since you opened this page. "), latest);
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe =
                updates.subscribe(change -> reference.equals(change.caseReference()), () -> ui.access(this::check));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
    }

    private void check() {
        if (!isVisible() && !now.get().equals(shown)) {
            setVisible(true);
        }
    }
}
