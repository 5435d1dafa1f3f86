package org.charterdesk.notifications;

import java.util.Map;
import org.charterdesk.charter.CouncilProperties;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Lays out an email's content with the templates in {@code src/main/resources/mail}: {@code message.html} and
 * {@code message.txt}, with the council's name, contact details and sign-off from configuration. Thymeleaf escapes
 * every value in the HTML, so a customer's own words can never become markup.
 */
@Component
public class MailTemplates {

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final CouncilProperties council;

    public MailTemplates(CouncilProperties council) {
        this.council = council;
    }

    public RenderedMail render(MailContent content) {
        Context context = new Context(
                content.language().locale(),
                Map.of(
                        "mail",
                        content,
                        "lang",
                        content.language().code(),
                        "councilName",
                        council.name(content.language()),
                        "councilPhone",
                        council.phone() == null ? "" : council.phone(),
                        "councilEmail",
                        council.email() == null ? "" : council.email(),
                        "councilWebsite",
                        council.website() == null ? "" : council.website(),
                        "signOff",
                        council.signOff(content.language())));
        return new RenderedMail(content.subject(), text.process("message", context), html.process("message", context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
