package it.wecare.factotum.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmailTemplatesTest {

    private final EmailTemplates templates = new EmailTemplates();

    /** What each kind must carry: its link, or the reason when it has none. */
    private static final String DOSSIER = "https://factotum.example/backoffice/traineeship.xhtml?id=42";

    private static final Map<EmailKind, String> LINKS = Map.ofEntries(
            Map.entry(EmailKind.ACCOUNT_INVITATION, "https://factotum.example/account/password.xhtml?token=abc"),
            Map.entry(EmailKind.PASSWORD_RESET, "https://factotum.example/account/password.xhtml?token=abc"),
            Map.entry(EmailKind.REQUEST_RECEIVED, "https://factotum.example/request/track.xhtml?token=abc"),
            Map.entry(EmailKind.REQUEST_NEW, "https://factotum.example/backoffice/request.xhtml?id=42"),
            Map.entry(EmailKind.REQUEST_CLOSED, "Fuori zona"),
            Map.entry(EmailKind.QUOTE_READY, "https://factotum.example/request/track.xhtml?token=abc"),
            Map.entry(EmailKind.QUOTE_EXPIRING, "https://factotum.example/request/track.xhtml?token=abc"),
            Map.entry(EmailKind.QUOTE_EXPIRED, "2026-000042"),
            Map.entry(EmailKind.TRACKING_LINK, "https://factotum.example/request/track.xhtml?token=abc"),
            Map.entry(EmailKind.JOB_SCHEDULED, "https://factotum.example/request/track.xhtml?token=abc"),
            Map.entry(EmailKind.JOB_SCHEDULED_WORKER, "https://factotum.example/worker/index.xhtml"),
            Map.entry(EmailKind.JOB_REMINDER, "https://factotum.example/request/track.xhtml?token=abc"),
            Map.entry(EmailKind.JOB_REMINDER_WORKER, "https://factotum.example/worker/index.xhtml"),
            Map.entry(EmailKind.JOB_COMPLETED, "https://factotum.example/request/track.xhtml?token=abc"),
            Map.entry(EmailKind.JOB_CANCELLED_WORKER, "Fuori zona"),
            Map.entry(EmailKind.JOB_PROPOSED, "https://factotum.example/proposal.xhtml?token=abc"),
            Map.entry(EmailKind.PROPOSAL_ACCEPTED, "https://factotum.example/backoffice/request.xhtml?id=42"),
            Map.entry(EmailKind.PROPOSAL_DECLINED, "Fuori zona"),
            Map.entry(EmailKind.PROPOSAL_LAPSED, "https://factotum.example/backoffice/request.xhtml?id=42"),
            Map.entry(EmailKind.GOODS_OFFERED, "https://factotum.example/backoffice/request.xhtml?id=42"),
            Map.entry(EmailKind.GOODS_VALUED, "https://factotum.example/request/track.xhtml?token=abc"),
            Map.entry(EmailKind.GOODS_ACCEPTED, "https://factotum.example/backoffice/request.xhtml?id=42"),
            Map.entry(EmailKind.GOODS_WITHDRAWN, "https://factotum.example/backoffice/request.xhtml?id=42"),
            Map.entry(EmailKind.REVIEW_INVITATION, "https://factotum.example/review.xhtml?token=abc"),
            Map.entry(EmailKind.REVIEW_RECEIVED, "https://factotum.example/worker/index.xhtml"),
            Map.entry(EmailKind.REVIEW_LOW, "https://factotum.example/backoffice/reviews.xhtml"),
            Map.entry(EmailKind.REVIEW_HELD, "https://factotum.example/backoffice/reviews.xhtml"),
            Map.entry(EmailKind.REVIEW_HIDDEN, "https://factotum.example/backoffice/reviews.xhtml"),
            Map.entry(EmailKind.TRAINEESHIP_CHECKPOINT_DUE, DOSSIER),
            Map.entry(EmailKind.TRAINEESHIP_CHECKPOINT_OVERDUE, DOSSIER),
            Map.entry(EmailKind.TRAINEESHIP_ENDING, DOSSIER),
            Map.entry(EmailKind.TRAINEESHIP_FOLLOW_UP_DUE, DOSSIER),
            Map.entry(EmailKind.TRAINEESHIP_TUTOR_ASSIGNED, "Laboratorio del legno"));

    private static Map<String, Object> model(String name) {
        Map<String, Object> model = new HashMap<>();
        model.put("cooperativeName", "Cooperativa Mosaico");
        model.put("cooperativeEmail", "info@mosaico.example");
        model.put("cooperativePhone", "011 123 4567");
        model.put("recipientName", name);
        model.put("actionUrl", "https://factotum.example/account/password.xhtml?token=abc");
        model.put("expiresAt", "03/12/2026 alle 10:00");
        model.put("number", "2026-000042");
        model.put("serviceName", "Potatura");
        model.put("clientName", "Giulia Verdi");
        model.put("trackingUrl", "https://factotum.example/request/track.xhtml?token=abc");
        model.put("requestUrl", "https://factotum.example/backoffice/request.xhtml?id=42");
        model.put("note", "Fuori zona");
        model.put("rejected", Boolean.TRUE);
        model.put("total", "121,99 €");
        model.put("validUntil", "11/12/2026");
        model.put("workerUrl", "https://factotum.example/worker/index.xhtml");
        model.put("workerName", "Piero Bianchi");
        model.put("day", "giovedì 3 dicembre 2026");
        model.put("start", "09:00");
        model.put("end", "11:00");
        model.put("place", "Via Roma 1, Torino (TO)");
        model.put("answerUrl", "https://factotum.example/proposal.xhtml?token=abc");
        model.put("answerBy", "28/11/2026 alle 16:00");
        model.put("days", "giovedì 3 dicembre 2026");
        model.put("description", "Potare la siepe");
        model.put("items", 3);
        model.put("reviewUrl", "https://factotum.example/review.xhtml?token=abc");
        model.put("reviewsUrl", "https://factotum.example/backoffice/reviews.xhtml");
        model.put("stars", "2");
        model.put("heldFor", "PHONE");
        model.put("policy", "PERSONAL_DATA");
        model.put("by", "operatrice@coop.example");
        model.put("pickUp", Boolean.TRUE);
        model.put("traineeName", "Lia Conti");
        model.put("dossierUrl", DOSSIER);
        model.put("educatorName", "Anna Educatrice");
        model.put("hostName", "Laboratorio del legno");
        model.put("startsOn", "lunedì 11 gennaio 2027");
        model.put("endsOn", "sabato 10 luglio 2027");
        model.put("credit", "90,00 €");
        model.put("hasCredit", Boolean.FALSE);
        model.put("amountDue", "31,99 €");
        model.put("creditLeft", "0,00 €");
        model.put(
                "lines",
                java.util.List.of(
                        Map.of(
                                "description", "Armadio a due ante",
                                "accepted", true,
                                "value", "60,00 €",
                                "reason", "",
                                "inspection", true),
                        Map.of(
                                "description", "2 × Sacco di vestiti",
                                "accepted", false,
                                "value", "",
                                "reason", "Macchiati",
                                "inspection", false)));
        return model;
    }

    @ParameterizedTest
    @EnumSource(EmailKind.class)
    void everyKindRendersInItalianAndEnglishWithTheCooperativeTheReasonAndTheLink(EmailKind kind) {
        for (String language : new String[] {"it", "en"}) {
            RenderedEmail email = templates.render(kind, language, model("Maria"));
            assertThat(email.subject()).contains("Cooperativa Mosaico").doesNotContain("{");
            // mustache escapes '=' in HTML as &#61;, which browsers read back as '='
            for (String body : new String[] {email.text(), email.html().replace("&#61;", "=")}) {
                assertThat(body)
                        .contains("Maria")
                        .contains("Cooperativa Mosaico")
                        .contains("info@mosaico.example")
                        .contains(LINKS.get(kind))
                        .doesNotContain("{{");
            }
            assertThat(email.html()).contains("<html lang=\"" + language + "\"");
        }
    }

    @Test
    void theLanguageOfTheRecipientIsUsed() {
        assertThat(templates
                        .render(EmailKind.ACCOUNT_INVITATION, "it", model("Maria"))
                        .text())
                .contains("scegliere la tua password")
                .contains("Ricevi questa email perché");
        assertThat(templates
                        .render(EmailKind.ACCOUNT_INVITATION, "en", model("Maria"))
                        .text())
                .contains("choose your password")
                .contains("You receive this email because");
    }

    @Test
    void valuesFromUsersAreEscapedInHtmlAndLeftAsTypedInText() {
        RenderedEmail email =
                templates.render(EmailKind.PASSWORD_RESET, "it", model("<script>alert('x')</script> & \"Co\""));

        assertThat(email.html())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;")
                .contains("&amp;");
        assertThat(email.text()).contains("<script>alert('x')</script> & \"Co\"");
    }

    @Test
    void aSubjectNeverCarriesALineBreak() {
        Map<String, Object> model = model("Maria");
        model.put("cooperativeName", "Mosaico\r\nBcc: victim@example.com");

        assertThat(templates.render(EmailKind.ACCOUNT_INVITATION, "en", model).subject())
                .doesNotContain("\r")
                .doesNotContain("\n");
    }

    @Test
    void theValuationListsEachItemWithItsValueOrWhyItWasRefused() {
        for (String language : new String[] {"it", "en"}) {
            RenderedEmail email = templates.render(EmailKind.GOODS_VALUED, language, model("Maria"));
            for (String body : new String[] {email.text(), email.html()}) {
                assertThat(body)
                        .contains("Armadio a due ante")
                        .contains("60,00 €")
                        .contains("2 × Sacco di vestiti")
                        .contains("Macchiati")
                        .contains("121,99 €");
            }
        }
        assertThat(templates
                        .render(EmailKind.GOODS_VALUED, "it", model("Maria"))
                        .text())
                .contains("da confermare quando lo vediamo")
                .contains("non accettato — Macchiati");
    }

    @Test
    void theQuoteEmailTellsTheGoodsCreditAndWhatIsLeftOnlyWhenThereIsOne() {
        Map<String, Object> model = model("Maria");
        assertThat(templates.render(EmailKind.QUOTE_READY, "it", model).text()).doesNotContain("permuta");
        model.put("hasCredit", Boolean.TRUE);
        for (String language : new String[] {"it", "en"}) {
            RenderedEmail email = templates.render(EmailKind.QUOTE_READY, language, model);
            assertThat(email.text()).contains("90,00 €").contains("31,99 €").contains("0,00 €");
            assertThat(email.html()).contains("90,00 €").contains("31,99 €");
        }
    }
}
