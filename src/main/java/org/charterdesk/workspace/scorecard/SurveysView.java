package org.charterdesk.workspace.scorecard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.scorecard.CouncilSurveys;
import org.charterdesk.scorecard.SurveyImport;
import org.charterdesk.scorecard.SurveyResult;
import org.charterdesk.scorecard.SurveySummary;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.FormErrors;

/**
 * The council-wide satisfaction survey: import a survey's responses with each question's scale, and see for each
 * question the response rate, the average answer and the share satisfied, beside the survey before.
 */
@Menu(order = 6.6, title = "Council survey", icon = "vaadin:comments-o")
@Route(value = "surveys", layout = MainLayout.class)
@PageTitle("Council survey | Charterdesk")
@RolesAllowed({Roles.CORPORATE, Roles.ADMIN})
public class SurveysView extends VerticalLayout {

    private final CouncilSurveys surveys;
    private final StaffMember member;
    private final FormErrors errors = new FormErrors().speakingToStaff();
    private final Grid<SurveySummary> list = new Grid<>();
    private final Div results = new Div();
    private byte[] responses;
    private final Span chosenFile = new Span();

    public SurveysView(CouncilSurveys surveys, CurrentStaff currentStaff) {
        this.surveys = surveys;
        this.member = currentStaff.require();
        add(
                new H1("Council survey"),
                new Paragraph("The results of the council-wide satisfaction survey, question by question, against the"
                        + " survey before. A scorecard measure can take its figure from a question."));
        list.addColumn(SurveySummary::name).setHeader("Survey");
        list.addColumn(s -> PlainDates.format(s.periodStart()) + " to " + PlainDates.format(s.periodEnd()))
                .setHeader("Period");
        list.addColumn(s -> s.respondents() + " of " + s.invited()).setHeader("Answered");
        list.setItems(surveys.all());
        list.setAllRowsVisible(true);
        list.setId("surveys");
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showResults));
        results.setId("survey-results");
        results.setWidthFull();
        add(list, results, importForm());
        surveys.all().stream().findFirst().ifPresent(this::showResults);
    }

    private void showResults(SurveySummary survey) {
        results.removeAll();
        Grid<SurveyResult> grid = new Grid<>();
        grid.addColumn(r -> r.code() + ": " + r.wording()).setHeader("Question").setFlexGrow(3);
        grid.addColumn(r -> percent(r.responseRate())).setHeader("Response rate");
        grid.addColumn(r -> number(r.average()) + " (" + r.scale() + ")").setHeader("Average");
        grid.addColumn(r -> percent(r.satisfiedShare())).setHeader("Satisfied");
        grid.addColumn(r -> r.previousSatisfiedShare() == null
                        ? "No earlier survey asked this"
                        : percent(r.previousSatisfiedShare()) + " satisfied, average " + number(r.previousAverage()))
                .setHeader("The survey before");
        grid.addColumn(r -> change(r.satisfiedShare(), r.previousSatisfiedShare()))
                .setHeader("Change");
        grid.setItems(surveys.results(survey.id()));
        grid.setAllRowsVisible(true);
        grid.setId("survey-questions");
        results.add(
                new H2(survey.name() + ": " + survey.respondents() + " of " + survey.invited() + " answered"), grid);
    }

    private Div importForm() {
        TextField name = new TextField("Survey's name");
        name.setId("survey-name");
        name.setWidth("24em");
        DatePicker from = new DatePicker("First day");
        from.setId("survey-from");
        DatePicker to = new DatePicker("Last day");
        to.setId("survey-to");
        IntegerField invited = new IntegerField("People invited");
        invited.setId("survey-invited");
        TextArea scales = new TextArea("Questions and their scales");
        scales.setHelperText("One line for each question: its column in the file, its wording, the lowest answer, the"
                + " highest, and the lowest that counts as satisfied. For example: Q1,\"How satisfied are you with the"
                + " council?\",1,5,4");
        scales.setWidthFull();
        scales.setId("survey-scales");
        Upload upload = responsesUpload();
        chosenFile.setId("survey-file-chosen");
        errors.bind("name", name)
                .bind("periodStart", from)
                .bind("periodEnd", to)
                .bind("invited", invited)
                .bind("scales", scales);
        Button importIt = new Button("Import the survey", e -> {
            SurveyImport input = new SurveyImport(
                    name.getValue(), from.getValue(), to.getValue(), invited.getValue(), scales.getValue(), responses);
            SurveySummary[] imported = new SurveySummary[1];
            if (errors.attempt(() -> imported[0] = surveys.importSurvey(member, input))) {
                Notification.show("Imported: " + imported[0].respondents() + " responses.");
                responses = null;
                chosenFile.setText("");
                list.setItems(surveys.all());
                showResults(imported[0]);
            }
        });
        importIt.setId("import-survey");
        importIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(
                new H2("Import a survey"),
                errors,
                new HorizontalLayout(name, from, to, invited),
                scales,
                new Paragraph("The responses: a CSV file with one row for each respondent and a column for each"
                        + " question, its first row naming the columns. Answers are counted; they are not kept."),
                upload,
                chosenFile,
                importIt);
        form.setVisible(CouncilSurveys.mayImport(member));
        return form;
    }

    private Upload responsesUpload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            responses = bytes;
            chosenFile.setText("Ready to import: " + metadata.fileName());
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(20_000_000);
        upload.setId("survey-file");
        return upload;
    }

    private static String percent(BigDecimal value) {
        return value == null ? "None" : value.stripTrailingZeros().toPlainString() + "%";
    }

    private static String number(BigDecimal value) {
        return value == null ? "None" : value.stripTrailingZeros().toPlainString();
    }

    private static String change(BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return "";
        }
        int sign = now.compareTo(before);
        String points = now.subtract(before).abs().stripTrailingZeros().toPlainString();
        return sign > 0 ? "Up " + points + " points" : sign < 0 ? "Down " + points + " points" : "No change";
    }
}
