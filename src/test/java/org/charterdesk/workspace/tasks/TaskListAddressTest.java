package org.charterdesk.workspace.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.Stage;
import org.charterdesk.tasklist.TaskListFilter;
import org.charterdesk.tasklist.TaskListKind;
import org.charterdesk.tasklist.TaskListSort;
import org.junit.jupiter.api.Test;

class TaskListAddressTest {

    @Test
    void aListWithFiltersAndAnOrderIsWrittenInWordsAndReadBack() {
        TaskListAddress address = new TaskListAddress(
                TaskListKind.TEAM,
                new TaskListFilter("housing", Stage.STAGE_1, CharterFlag.AT_RISK, " jones "),
                new TaskListSort.Order(TaskListSort.HELD_BY, true));

        QueryParameters query = address.toQuery();

        assertThat(query.getParameters())
                .isEqualTo(QueryParameters.fromString(
                                "list=team&service=housing&stage=stage-1&status=at-risk&q=jones&sort=held-by&dir=desc")
                        .getParameters());
        assertThat(TaskListAddress.fromQuery(query))
                .isEqualTo(new TaskListAddress(
                        TaskListKind.TEAM,
                        new TaskListFilter("housing", Stage.STAGE_1, CharterFlag.AT_RISK, "jones"),
                        new TaskListSort.Order(TaskListSort.HELD_BY, true)));
    }

    @Test
    void theDefaultListHasAPlainAddressAndUnknownWordsAreIgnored() {
        assertThat(TaskListAddress.DEFAULT.toQuery().getQueryString()).isEmpty();
        assertThat(TaskListAddress.fromQuery(
                        QueryParameters.fromString("list=everything&status=late&sort=shoe-size&dir=up&q=")))
                .isEqualTo(TaskListAddress.DEFAULT);
    }
}
