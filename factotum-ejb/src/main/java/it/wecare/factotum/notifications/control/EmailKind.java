package it.wecare.factotum.notifications.control;

import java.util.Arrays;
import java.util.List;

/**
 * Every kind of email Factotum sends. Each has a template pair per language in
 * {@code it/wecare/factotum/notifications/templates/} — {@code <name>_<lang>.html.mustache} and
 * {@code <name>_<lang>.txt.mustache} — and its subject in {@code emails_<lang>.properties} under
 * {@code <name>.subject}. Adding an email: a constant here, the four templates, two subjects, and an
 * observer of the capability's event that calls {@code Outbox.enqueue} (see {@code AccountEmails}).
 */
public enum EmailKind {
    ACCOUNT_INVITATION("account-invitation"),
    PASSWORD_RESET("password-reset"),
    REQUEST_RECEIVED("request-received"),
    REQUEST_NEW("request-new"),
    REQUEST_CLOSED("request-closed"),
    QUOTE_READY("quote-ready"),
    QUOTE_EXPIRING("quote-expiring"),
    QUOTE_EXPIRED("quote-expired"),
    TRACKING_LINK("tracking-link"),
    JOB_SCHEDULED("job-scheduled"),
    JOB_SCHEDULED_WORKER("job-scheduled-worker"),
    JOB_REMINDER("job-reminder"),
    JOB_REMINDER_WORKER("job-reminder-worker"),
    JOB_COMPLETED("job-completed"),
    JOB_CANCELLED_WORKER("job-cancelled-worker"),
    JOB_PROPOSED("job-proposed"),
    PROPOSAL_ACCEPTED("proposal-accepted"),
    PROPOSAL_DECLINED("proposal-declined"),
    PROPOSAL_LAPSED("proposal-lapsed"),
    GOODS_OFFERED("goods-offered"),
    GOODS_VALUED("goods-valued"),
    GOODS_ACCEPTED("goods-accepted"),
    GOODS_WITHDRAWN("goods-withdrawn"),
    REVIEW_INVITATION("review-invitation"),
    REVIEW_RECEIVED("review-received"),
    REVIEW_LOW("review-low"),
    REVIEW_HELD("review-held"),
    REVIEW_HIDDEN("review-hidden"),
    TRAINEESHIP_CHECKPOINT_DUE("traineeship-checkpoint-due"),
    TRAINEESHIP_CHECKPOINT_OVERDUE("traineeship-checkpoint-overdue"),
    TRAINEESHIP_ENDING("traineeship-ending"),
    TRAINEESHIP_FOLLOW_UP_DUE("traineeship-follow-up-due"),
    TRAINEESHIP_TUTOR_ASSIGNED("traineeship-tutor-assigned");

    private final String templateName;

    EmailKind(String templateName) {
        this.templateName = templateName;
    }

    public String templateName() {
        return templateName;
    }

    /**
     * Whether this email opens an account (an invitation, a password reset): outside the demo mailbox only
     * administrators see that it exists, and nobody sees its content.
     */
    public boolean opensAnAccount() {
        return this == ACCOUNT_INVITATION || this == PASSWORD_RESET;
    }

    /**
     * Whether this email is about a traineeship: only administrators see it in the outbox (operators learn
     * no more of a traineeship than matching shows them).
     */
    public boolean aboutTraining() {
        return name().startsWith("TRAINEESHIP_");
    }

    /** The names of the kinds that only administrators see listed: those that open an account or are about training. */
    public static List<String> listedToAdministratorsOnly() {
        return Arrays.stream(values())
                .filter(k -> k.opensAnAccount() || k.aboutTraining())
                .map(Enum::name)
                .toList();
    }

    /** The names of the kinds that open an account. */
    public static List<String> openingAnAccount() {
        return Arrays.stream(values())
                .filter(EmailKind::opensAnAccount)
                .map(Enum::name)
                .toList();
    }
}
