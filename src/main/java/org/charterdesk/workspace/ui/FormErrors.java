package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.charterdesk.cluster.DatabaseOutages;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.complaints.deadlines.DeadlineChangedException;
import org.charterdesk.security.TooManyGuessesException;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.work.StepNotFoundException;
import org.charterdesk.work.StepTakenException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The error summary at the top of a form, and the messages next to its fields. A form binds each field to the
 * name the server's rules use for it; {@link #attempt(Runnable)} runs the action and shows whatever it refused.
 */
public class FormErrors extends Div {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private UnaryOperator<String> wording = UnaryOperator.identity();

    /** The customer's own words, as staff read them: "Give your name" becomes "Give the customer's name". */
    private static final Map<String, String> TO_STAFF = new LinkedHashMap<>();

    static {
        TO_STAFF.put("as you would like us to contact you", "as the customer would like to be contacted");
        TO_STAFF.put("Tell us who you are and how to contact you", "Give the customer's name and how to contact them");
        TO_STAFF.put("Tell us what happened", "Say what happened, as the customer told it");
        TO_STAFF.put("your complaint", "the complaint");
        TO_STAFF.put("the outcome you want", "the outcome the customer wants");
        TO_STAFF.put("Give your name", "Give the customer's name");
    }

    public FormErrors() {
        setId("form-errors");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        getStyle()
                .set("border-left", "4px solid var(--lumo-error-color)")
                .set("padding", "0 var(--lumo-space-m)")
                .set("color", "var(--lumo-error-text-color)");
        setVisible(false);
    }

    /** Words the messages for staff who fill the form in for a customer, rather than for the customer. */
    public FormErrors speakingToStaff() {
        wording = message -> {
            String staff = message;
            for (Map.Entry<String, String> words : TO_STAFF.entrySet()) {
                staff = staff.replace(words.getKey(), words.getValue());
            }
            return staff;
        };
        return this;
    }

    /** Shows errors for {@code name} (and anything under it, such as {@code name.part} or {@code name[0]}) here. */
    public FormErrors bind(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Runs the action; if the server refuses it, shows why and returns false. Nothing was saved then. */
    public boolean attempt(Runnable action) {
        clear();
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            show(e);
        } catch (StepTakenException
                | ProcedureConflictException
                | DeadlineChangedException
                | StepNotFoundException
                | CaseNotFoundException
                | TooManyGuessesException
                | AccessDeniedException e) {
            show(e.getMessage());
        } catch (RuntimeException e) {
            if (!DatabaseOutages.isOutage(e)) {
                throw e;
            }
            // Nothing was saved; what the user typed is still in the form, to send again shortly.
            show(DatabaseOutages.MESSAGE);
        }
        return false;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        removeAll();
        setVisible(false);
    }

    public void show(InvalidInputException e) {
        clear();
        add(new Paragraph("Please correct the following:"));
        UnorderedList list = new UnorderedList();
        e.fieldErrors().forEach((name, said) -> {
            String message = wording.apply(said);
            list.add(new ListItem(message));
            field(name).ifPresent(field -> {
                field.setInvalid(true);
                field.setErrorMessage(message);
            });
        });
        add(list);
        reveal();
    }

    public void show(String message) {
        clear();
        add(new Paragraph(message));
        reveal();
    }

    private void reveal() {
        setVisible(true);
        getElement().executeJs("this.focus()");
    }

    private Optional<HasValidation> field(String errorName) {
        return fields.entrySet().stream()
                .filter(entry -> errorName.equals(entry.getKey())
                        || errorName.startsWith(entry.getKey() + ".")
                        || errorName.startsWith(entry.getKey() + "["))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(Map.Entry::getValue);
    }
}
