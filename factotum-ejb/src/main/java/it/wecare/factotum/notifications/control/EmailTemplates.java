package it.wecare.factotum.notifications.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders an email from its Mustache templates. In HTML every {@code {{value}}} is escaped, so what users
 * typed (a name, a description) can never become markup; the plain-text version writes values as they
 * are. The body of each kind is wrapped in the common layout, which carries the cooperative's name and
 * contacts and the reason the email was sent.
 */
public final class EmailTemplates {

    static final String ROOT = "it/wecare/factotum/notifications/templates";

    /** The outbox keeps subjects of at most 300 characters. */
    static final int MAX_SUBJECT = 300;

    private final MustacheFactory html = new DefaultMustacheFactory(ROOT);
    private final MustacheFactory text = new DefaultMustacheFactory(ROOT) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /**
     * Renders {@code kind} in {@code language} ({@code it} or {@code en}) with {@code model}, which holds
     * the kind's own values; the common ones ({@code cooperativeName}, {@code cooperativeEmail},
     * {@code cooperativePhone}, {@code recipientName}) are expected in it too.
     */
    public RenderedEmail render(EmailKind kind, String language, Map<String, Object> model) {
        String lang = "en".equals(language) ? "en" : "it";
        ResourceBundle texts = ResourceBundle.getBundle(
                "it.wecare.factotum.notifications.emails",
                Locale.forLanguageTag(lang),
                getClass().getClassLoader());
        Map<String, Object> scope = new HashMap<>(model);
        String subject = fill(texts.getString(kind.templateName() + ".subject"), scope);
        scope.put("subject", subject);
        scope.put("reason", fill(texts.getString(kind.templateName() + ".reason"), scope));

        String htmlBody = run(html, kind.templateName() + "_" + lang + ".html.mustache", scope);
        String textBody = run(text, kind.templateName() + "_" + lang + ".txt.mustache", scope);
        scope.put("body", htmlBody);
        String htmlPage = run(html, "layout_" + lang + ".html.mustache", scope);
        scope.put("body", textBody);
        String textPage = run(text, "layout_" + lang + ".txt.mustache", scope);
        return new RenderedEmail(subject, textPage, htmlPage);
    }

    private static String run(MustacheFactory factory, String template, Map<String, Object> scope) {
        Mustache mustache = factory.compile(template);
        StringWriter out = new StringWriter();
        mustache.execute(out, scope);
        return out.toString();
    }

    /** Subjects are one line of text with {@code {name}} placeholders (no markup, no line breaks). */
    static String fill(String pattern, Map<String, Object> scope) {
        String result = pattern;
        for (Map.Entry<String, Object> e : scope.entrySet()) {
            if (e.getValue() instanceof String value) {
                result = result.replace("{" + e.getKey() + "}", value);
            }
        }
        String line = result.replace('\r', ' ').replace('\n', ' ');
        return line.length() > MAX_SUBJECT ? line.substring(0, MAX_SUBJECT - 1) + "…" : line;
    }
}
