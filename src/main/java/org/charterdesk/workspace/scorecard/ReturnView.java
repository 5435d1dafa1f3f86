package org.charterdesk.workspace.scorecard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.scorecard.FigureImports;
import org.charterdesk.scorecard.FigureInput;
import org.charterdesk.scorecard.ReturnForm;
import org.charterdesk.scorecard.ReturnLine;
import org.charterdesk.scorecard.ReturnStatus;
import org.charterdesk.scorecard.ScorecardReturns;
import org.charterdesk.scorecard.Source;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.ScorecardTable;

/**
 * A service's return of its figures for a period: its staff enter each measure's figure with a comment (and, if
 * they have it, evidence), or import an imported measure's figures from a file, and send them for approval; a
 * manager of the service approves them or sends them back with comments.
 */
@Route(value = "scorecard/returns", layout = MainLayout.class)
@PageTitle("Scorecard figures | Charterdesk")
@RolesAllowed(Roles.STAFF)
public class ReturnView extends VerticalLayout implements HasUrlParameter<Long> {

    private final ScorecardReturns returns;
    private final FigureImports imports;
    private final StaffMember member;
    private final FormErrors errors = new FormErrors().speakingToStaff();
    private final Map<Long, BigDecimalField> figures = new LinkedHashMap<>();
    private final Map<Long, TextField> comments = new LinkedHashMap<>();
    private final Map<Long, TextField> evidence = new LinkedHashMap<>();
    private Long returnId;

    public ReturnView(ScorecardReturns returns, FigureImports imports, CurrentStaff currentStaff) {
        this.returns = returns;
        this.imports = imports;
        this.member = currentStaff.require();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.returnId = id;
        show();
    }

    private void show() {
        removeAll();
        errors.clear();
        figures.clear();
        comments.clear();
        evidence.clear();
        ReturnForm form = returns.form(member, returnId);
        add(new H1(form.serviceName() + " figures for " + form.period()));
        Paragraph status = new Paragraph(form.scorecardReturn().status().displayName() + ". Due by "
                + PlainDates.format(form.scorecardReturn().dueOn()) + ".");
        status.setId("return-status");
        add(status);
        if (form.scorecardReturn().status() == ReturnStatus.SENT_BACK) {
            Paragraph sentBack = new Paragraph(
                    "Sent back by the manager: " + form.scorecardReturn().comments());
            sentBack.setId("sent-back-comments");
            add(sentBack);
        }
        add(errors);
        form.lines().forEach(line -> add(line(line, form.mayEnter())));
        if (form.mayEnter()) {
            Button send = new Button("Send the figures for approval", e -> send());
            send.setId("send-figures");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(send);
        }
        if (form.mayDecide()) {
            add(decision());
        }
        if (!form.mayEnter() && !form.mayDecide()) {
            add(new Paragraph("There is nothing for you to do on these figures now."));
        }
    }

    private Div line(ReturnLine line, boolean mayEnter) {
        Long id = line.measure().id();
        String code = line.measure().code();
        Div section = new Div(new H2(line.measure().name()));
        section.setId("line-" + code);
        section.add(new Paragraph("Target " + line.measure().targetText() + ". "
                + (line.measure().standardName() == null
                        ? ""
                        : "Charter standard: " + line.measure().standardName() + ".")));
        if (!mayEnter) {
            section.add(
                    new Paragraph(
                            line.figure() == null
                                    ? "Not reported" + (line.comment() == null ? "" : ": " + line.comment())
                                    : line.measure().unit().format(line.figure()) + ". "
                                            + (line.comment() == null ? "" : line.comment())),
                    ScorecardTable.badge(line.rag(), line.rag().words()));
            return section;
        }
        BigDecimalField figure = new BigDecimalField("Figure");
        figure.setHelperText("As a " + line.measure().unit().displayName());
        figure.setValue(line.figure());
        figure.setId("figure-" + code);
        TextField comment = new TextField("Comment");
        comment.setValue(line.comment() == null ? "" : line.comment());
        comment.setHelperText("What explains the figure. If you cannot give a figure, say why.");
        comment.setWidth("32em");
        comment.setId("comment-" + code);
        TextField proof = new TextField("Evidence (optional)");
        proof.setValue(line.evidence() == null ? "" : line.evidence());
        proof.setHelperText("Where the figure comes from: a report's name or a link.");
        proof.setWidth("32em");
        proof.setId("evidence-" + code);
        figures.put(id, figure);
        comments.put(id, comment);
        evidence.put(id, proof);
        errors.bind("figure-" + code, figure);
        section.add(new HorizontalLayout(figure, comment), proof);
        if (line.measure().source() == Source.IMPORTED) {
            section.add(importer(line));
        }
        return section;
    }

    private Div importer(ReturnLine line) {
        Span help = new Span("Or import the figures from a CSV file with the columns '"
                + line.measure().csvPeriodColumn() + "' and '"
                + line.measure().csvValueColumn() + "'.");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                int count = imports.importFile(member, line.measure().id(), bytes);
                Notification.show(
                        "Imported " + count + (count == 1 ? " figure" : " figures") + " from " + metadata.fileName());
                show();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1_000_000);
        upload.setId("import-" + line.measure().code());
        return new Div(help, upload);
    }

    private void send() {
        List<FigureInput> inputs = new ArrayList<>();
        figures.forEach((id, figure) -> inputs.add(new FigureInput(
                id,
                figure.getValue(),
                comments.get(id).getValue(),
                evidence.get(id).getValue())));
        if (errors.attempt(() -> returns.submit(member, returnId, inputs))) {
            Notification.show("Your figures are sent to the service's managers for approval.");
            show();
        }
    }

    private Div decision() {
        TextArea comments = new TextArea("Comments (needed to send the figures back)");
        comments.setId("return-comments");
        comments.setWidth("32em");
        errors.bind("comments", comments);
        Button approve = new Button("Approve the figures", e -> decide(true, comments.getValue()));
        approve.setId("approve-figures");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button sendBack = new Button("Send back with comments", e -> decide(false, comments.getValue()));
        sendBack.setId("send-back-figures");
        return new Div(new H2("Your decision"), comments, new HorizontalLayout(approve, sendBack));
    }

    private void decide(boolean approved, String words) {
        if (errors.attempt(() -> returns.decide(member, returnId, approved, words))) {
            Notification.show(approved ? "Approved: the figures are locked." : "Sent back with your comments.");
            show();
        }
    }
}
