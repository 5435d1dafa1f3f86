package org.charterdesk.workspace.tasks;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.tasklist.SavedListViews;
import org.charterdesk.tasklist.SavedView;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Named views of the task lists: a manager saves one and shares it with the team; an officer opens it. */
class SavedViewsIT extends ViewTestBase {

    @Autowired
    SavedListViews views;

    @SuppressWarnings("unchecked")
    private static ComboBox<SavedView> savedViews() {
        return _get(ComboBox.class, spec -> spec.withId("saved-views"));
    }

    @Test
    void aManagerSharesAViewWithTheTeamAndAnOfficerOpensIt() {
        open(max, "tasks?list=overview&status=at-risk&sort=customer");
        _click(_get(Button.class, spec -> spec.withId("save-view")));
        _click(_get(Button.class, spec -> spec.withId("save-view-confirm")));
        assertThat(_get(TextField.class, spec -> spec.withId("view-name")).getErrorMessage())
                .isEqualTo("Give the view a name");
        _setValue(_get(TextField.class, spec -> spec.withId("view-name")), "Housing at risk");
        @SuppressWarnings("unchecked")
        ComboBox<ServiceRef> share = _get(ComboBox.class, spec -> spec.withId("view-share"));
        _setValue(
                share,
                share.getListDataView()
                        .getItems()
                        .filter(s -> s.code().equals("housing"))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("save-view-confirm")));

        open(olivia, "tasks");
        SavedView shared = savedViews()
                .getListDataView()
                .getItems()
                .filter(v -> v.name().equals("Housing at risk"))
                .findFirst()
                .orElseThrow();
        assertThat(savedViews().getItemLabelGenerator().apply(shared))
                .isEqualTo("Housing at risk (shared with Housing)");
        _setValue(savedViews(), shared);
        assertThat(_get(Select.class, spec -> spec.withId("filter-status")).getValue())
                .isEqualTo(CharterFlag.AT_RISK);
        assertThat(_get(Button.class, spec -> spec.withId("delete-view")).isEnabled())
                .as("only Max may delete it")
                .isFalse();

        assertThat(views.visibleTo(wendy)).extracting(SavedView::name).doesNotContain("Housing at risk");
        assertThatThrownBy(() -> views.delete(olivia, shared.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> views.save(olivia, "Mine to share", "list=team", "housing"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficersOwnViewIsTheirsToDelete() {
        SavedView mine = views.save(harry, "My overdue", "status=overdue", null);
        assertThat(views.visibleTo(harry)).extracting(SavedView::id).contains(mine.id());
        assertThat(views.visibleTo(olivia)).extracting(SavedView::id).doesNotContain(mine.id());
        views.delete(harry, mine.id());
        assertThat(views.visibleTo(harry)).extracting(SavedView::id).doesNotContain(mine.id());
    }
}
