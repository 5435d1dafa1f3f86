package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.charterdesk.charter.Language;
import org.charterdesk.cluster.DatabaseOutages;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.complaints.attachments.FileRefusedException;
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
        } catch (CaseNotFoundException e) {
            show(welsh() ? getTranslation("errors.notFound") : e.getMessage());
        } catch (TooManyGuessesException e) {
            show(welsh() ? getTranslation("errors.tooManyTries", e.minutesToWait()) : e.getMessage());
        } catch (FileRefusedException e) {
            show(FileAttacher.reasonOf(this, e));
        } catch (StepTakenException
                | ProcedureConflictException
                | DeadlineChangedException
                | StepNotFoundException
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
        if (isVisible()) {
            markTitle(false);
        }
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        removeAll();
        setVisible(false);
    }

    /**
     * Shows each error beside its field and in a summary at the top, in the order of the form (GOV.UK's error
     * summary): each item a link that takes the user to the field; the page's title then starts "Error: ".
     */
    public void show(InvalidInputException e) {
        clear();
        add(new Paragraph(getTranslation("errors.heading")));
        UnorderedList list = new UnorderedList();
        e.fieldErrors().entrySet().stream()
                .sorted(Comparator.comparingInt(error -> formOrder(error.getKey())))
                .forEach(error -> {
                    String message = inPageLanguage(wording.apply(error.getValue()));
                    Optional<HasValidation> field = field(error.getKey());
                    field.ifPresent(f -> {
                        f.setInvalid(true);
                        f.setErrorMessage(message);
                    });
                    list.add(new ListItem(linkTo(field, message)));
                });
        add(list);
        markTitle(true);
        reveal();
    }

    /** A link in the summary that moves focus to the field, or the words alone when there is no field. */
    private static Component linkTo(Optional<HasValidation> field, String message) {
        if (field.isEmpty() || !(field.get() instanceof Focusable<?> focusable)) {
            return new Span(message);
        }
        return FieldLink.to((Component) field.get(), message, focusable::focus);
    }

    private int formOrder(String errorName) {
        int position = 0;
        for (String bound : fields.keySet()) {
            if (errorName.equals(bound) || errorName.startsWith(bound + ".") || errorName.startsWith(bound + "[")) {
                return position;
            }
            position++;
        }
        return position;
    }

    /** Fields in the order the form shows them, for the summary; those not named keep their place after these. */
    public FormErrors inOrder(String... names) {
        Map<String, HasValidation> ordered = new LinkedHashMap<>();
        for (String name : names) {
            fields.entrySet().stream()
                    .filter(entry ->
                            entry.getKey().equals(name) || entry.getKey().startsWith(name + "."))
                    .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        }
        ordered.putAll(fields);
        fields.clear();
        fields.putAll(ordered);
        return this;
    }

    private void markTitle(boolean error) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        String title = ui.getInternals().getTitle();
        if (title == null) {
            return;
        }
        String prefix = getTranslation("errors.prefix") + " ";
        if (error && !title.startsWith(prefix)) {
            ui.getPage().setTitle(prefix + title);
        } else if (!error && title.startsWith(prefix)) {
            ui.getPage().setTitle(title.substring(prefix.length()));
        }
    }

    public void show(String message) {
        clear();
        add(new Paragraph(inPageLanguage(message)));
        reveal();
    }

    /**
     * The server's rules word their messages in English. On a Welsh page each is looked up in the bundle, under
     * "error." and the message's words (see {@link #keyOf}); a message the bundle lacks stays in English.
     */
    private String inPageLanguage(String message) {
        if (!welsh() || message == null) {
            return message;
        }
        String translated = getTranslation(keyOf(message));
        return translated.startsWith("!{") ? message : translated;
    }

    private static boolean welsh() {
        return PublicLanguage.current() == Language.WELSH;
    }

    /** "Give your name" is looked up as "error.give-your-name" (see {@link PublicLanguage#keyFor}). */
    public static String keyOf(String message) {
        return PublicLanguage.keyFor("error.", message);
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
