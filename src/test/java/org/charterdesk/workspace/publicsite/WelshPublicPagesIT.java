package org.charterdesk.workspace.publicsite;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.charterdesk.charter.Language;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.notifications.OutboxSender;
import org.charterdesk.testsupport.TestMailServer;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A council that offers Welsh: the public pages, the form's messages, the charter and the customer's letters in
 * Welsh for a customer who chose it, kept on the case for every later letter; staff screens stay in English.
 */
class WelshPublicPagesIT extends ViewTestBase {

    @Autowired
    OutboxSender sender;

    @Autowired
    FrontlineSteps frontline;

    @Test
    void aWelshSpeakerComplainsInWelshFromTheFormsMessagesToTheirEmail() {
        at(LocalDate.of(2026, 12, 31));
        openIn(Language.WELSH, null, "complain");
        assertThat(_get(H1.class).getText()).isEqualTo("Gwneud cwyn, rhoi canmoliaeth neu wneud sylw");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Gwneud cwyn, rhoi canmoliaeth neu wneud sylw - Cyngor Anytown");

        _click(_get(Button.class, spec -> spec.withId("continue")));
        assertThat(_get(Div.class, spec -> spec.withId("form-errors"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Cywirwch y canlynol:")
                .contains("Dewiswch y gwasanaeth y mae eich cwyn yn ymwneud ag ef", "Rhowch eich enw")
                .contains("Dywedwch wrthym beth ddigwyddodd")
                .doesNotContain("Choose", "Give", "Tell us");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Gwall: Gwneud cwyn");

        @SuppressWarnings("unchecked")
        ComboBox<ServiceRef> service = _get(ComboBox.class, spec -> spec.withId("service"));
        ServiceRef waste = service.getListDataView()
                .getItems()
                .filter(s -> s.code().equals("waste"))
                .findFirst()
                .orElseThrow();
        assertThat(service.getItemLabelGenerator().apply(waste)).isEqualTo("Gwastraff ac Ailgylchu");
        chooseService("waste");
        fillInCustomer("Siân Evans", "sian@example.cymru", "Ni chafodd fy min ei wagio.");
        _click(_get(Button.class, spec -> spec.withId("continue")));
        assertThat(_get(H1.class).getText()).isEqualTo("Gwiriwch eich atebion cyn anfon");
        _click(_get(Button.class, spec -> spec.withId("send")));

        String heading =
                _get(H1.class, spec -> spec.withId("received-reference")).getText();
        assertThat(heading).matches("Diolch\\. Eich cyfeirnod yw CMP-2026-\\d{6}");
        String reference = heading.substring(heading.indexOf("CMP-"));
        assertThat(_get(Span.class, spec -> spec.withId("expected-date")).getText())
                .isEqualTo("dydd Llun 11 Ionawr 2027");
        assertThat(reload(reference).getLanguage()).isEqualTo(Language.WELSH);

        sender.sendDue();
        MimeMessage mail = TestMailServer.to("sian@example.cymru").get(0);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Mae eich cwyn wedi dod i law: " + reference);
        assertThat(TestMailServer.text(mail))
                .contains("Cyngor Anytown", "Annwyl Siân Evans,", "Gwastraff ac Ailgylchu", "dydd Llun 11 Ionawr 2027")
                .contains("Yn gywir, Gwasanaethau Cwsmeriaid, Cyngor Anytown", "/track?lang=cy")
                .doesNotContain("Dear", "Yours sincerely");
        assertThat(TestMailServer.html(mail)).contains("lang=\"cy\"");
    }

    @Test
    void everyLaterLetterIsInTheLanguageKeptOnTheCase() {
        at(LocalDate.of(2026, 11, 2));
        String ref = intake.receive(
                        new NewCase(
                                CaseKind.COMPLAINT,
                                Channel.PHONE,
                                "housing",
                                customer("Dafydd Jones", "dafydd@example.cymru"),
                                "Ni ddaeth neb i drwsio'r to.",
                                null,
                                null,
                                new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null)),
                        Optional.of(fran),
                        Language.WELSH)
                .getReference();
        frontline.respond(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(
                        Outcome.UPHELD, "Collwyd yr apwyntiad.", "Mae'n ddrwg gennym.", "Byddwn yn dod.", "-"),
                olivia);
        sender.sendDue();
        MimeMessage answer = TestMailServer.to("dafydd@example.cymru").stream()
                .filter(m -> TestMailServer.subject(m).startsWith("Ein hateb i'ch cwyn"))
                .findFirst()
                .orElseThrow();
        assertThat(TestMailServer.text(answer))
                .contains("Rydym wedi cadarnhau eich cwyn", "Ein hymddiheuriad", "Mae'n ddrwg gennym.")
                .contains("Gofyn am gam 2", "/track?lang=cy");
    }

    @Test
    void everyPublicPageOffersTheOtherLanguageOnTheSamePage() {
        open(null, "charter");
        Anchor toWelsh = _get(Anchor.class, spec -> spec.withId("language-switch"));
        assertThat(toWelsh.getText()).isEqualTo("Cymraeg");
        assertThat(toWelsh.getHref()).isEqualTo("/charter?lang=cy");
        assertThat(toWelsh.getElement().getAttribute("lang")).isEqualTo("cy");

        openIn(Language.WELSH, null, "charter");
        assertThat(_get(Anchor.class, spec -> spec.withId("language-switch")).getHref())
                .isEqualTo("/charter?lang=en");
        String charter = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
        assertThat(charter)
                .contains("Cyngor Anytown: ein siarter cwsmeriaid", "Ein haddewidion i bawb")
                .contains("Ateb eich galwad: Byddwn yn ateb eich galwad ffôn o fewn 60 eiliad")
                .contains("Tai", "Atgyweiriadau brys")
                .contains("Cam 1: rydym yn anelu at ateb o fewn 5 diwrnod gwaith i'w derbyn");
    }

    @Test
    void trackingInWelshAnswersAWrongGuessInWelsh() {
        openIn(Language.WELSH, null, "track");
        _setValue(_get(TextField.class, spec -> spec.withId("reference")), "CMP-2026-999999");
        _setValue(_get(TextField.class, spec -> spec.withId("proof")), "nobody@example.cymru");
        _click(_get(Button.class, spec -> spec.withId("look-up")));
        assertThat(_get(Div.class, spec -> spec.withId("form-errors"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Ni allem ddod o hyd i gwyn gyda'r cyfeirnod a'r manylion hynny. Gwiriwch nhw a rhowch "
                        + "gynnig arall arni.");
    }

    @Test
    void staffLoggingACallRecordTheCustomersLanguageAndTheCasePageSaysIt() {
        open(fran, "cases/new");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Language> language = _get(RadioButtonGroup.class, spec -> spec.withId("customer-language"));
        _setValue(language, Language.WELSH);
        chooseService("housing");
        fillInCustomer("Gwen Morgan", "gwen@example.cymru", "Mae'r gwres wedi torri.");
        _click(_get(Button.class, spec -> spec.withId("log-it")));

        String title = _get(H1.class, spec -> spec.withId("case-title")).getText();
        String reference = title.substring(title.indexOf("CMP-"));
        assertThat(reload(reference).getLanguage()).isEqualTo(Language.WELSH);
        assertThat(_get(DescriptionList.class, spec -> spec.withId("case-customer"))
                        .getElement()
                        .getTextRecursively())
                .contains("Welsh: their letters and emails are in Welsh");
    }

    @Test
    void staffScreensStayInEnglishWhateverThePublicPagesWereReadIn() {
        openIn(Language.WELSH, max, "tasks");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.UK);
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()))
                .contains("Sign out")
                .doesNotContain("Allgofnodi");
    }
}
