package it.wecare.factotum.platform.control;

import java.math.BigDecimal;

/**
 * Every setting an administrator can change in the back-office, with its type, default and bounds.
 * Later capabilities add theirs here; the stored value, when there is one, overrides the default.
 */
public enum Setting {
    COOPERATIVE_NAME("cooperative.name", SettingType.TEXT, "Factotum – rete WE.CARE", null, null),
    COOPERATIVE_EMAIL("cooperative.email", SettingType.EMAIL, "factotum@wecare.example", null, null),
    COOPERATIVE_PHONE("cooperative.phone", SettingType.TEXT, "011 000 0000", null, null),
    LOGIN_MAX_FAILURES("security.login.max-failures", SettingType.INTEGER, "5", 1, 50),
    LOGIN_LOCK_MINUTES("security.login.lock-minutes", SettingType.INTEGER, "15", 1, 1440),
    LOGIN_MAX_FAILURES_PER_ADDRESS("security.login.max-failures-per-address", SettingType.INTEGER, "50", 5, 10_000),
    LOGIN_MAX_FAILURES_PER_EMAIL("security.login.max-failures-per-email", SettingType.INTEGER, "100", 5, 10_000),
    AUDIT_PAGE_SIZE("backoffice.table.page-size", SettingType.INTEGER, "20", 5, 200),
    INVITATION_VALID_HOURS("accounts.invitation.valid-hours", SettingType.INTEGER, "168", 1, 720),
    PASSWORD_RESET_VALID_MINUTES("accounts.password-reset.valid-minutes", SettingType.INTEGER, "60", 10, 1440),
    OUTBOX_MAX_ATTEMPTS("outbox.max-attempts", SettingType.INTEGER, "10", 1, 50),
    OUTBOX_RETRY_BASE_SECONDS("outbox.retry.base-seconds", SettingType.INTEGER, "30", 1, 3600),
    REQUESTS_PER_EMAIL_HOUR("requests.rate.per-email-hour", SettingType.INTEGER, "5", 1, 100_000),
    REQUESTS_PER_ADDRESS_HOUR("requests.rate.per-address-hour", SettingType.INTEGER, "30", 0, 1_000_000),
    QUOTE_IVA_RATES("quotes.iva-rates", SettingType.PERCENTAGES, "22, 10, 5, 0", null, null),
    QUOTE_VALID_DAYS("quotes.valid-days", SettingType.INTEGER, "15", 1, 365),
    QUOTE_EXPIRY_WARNING_DAYS("quotes.expiry-warning-days", SettingType.INTEGER, "2", 1, 30),
    MATCHING_WEIGHT_SKILL("matching.weight.skill", SettingType.INTEGER, "30", 0, 100),
    MATCHING_WEIGHT_PROXIMITY("matching.weight.proximity", SettingType.INTEGER, "25", 0, 100),
    MATCHING_WEIGHT_RATING("matching.weight.rating", SettingType.INTEGER, "20", 0, 100),
    MATCHING_WEIGHT_FAIRNESS("matching.weight.fairness", SettingType.INTEGER, "15", 0, 100),
    MATCHING_WEIGHT_RELIABILITY("matching.weight.reliability", SettingType.INTEGER, "10", 0, 100),
    MATCHING_WEIGHT_TRAINING("matching.weight.training", SettingType.INTEGER, "10", 0, 100),
    MATCHING_WORKLOAD_CAP("matching.workload-cap", SettingType.INTEGER, "5", 1, 50),
    MATCHING_RATING_PRIOR("matching.rating-prior", SettingType.INTEGER, "5", 0, 100),
    MATCHING_ANSWER_HOURS("matching.answer-hours", SettingType.INTEGER, "48", 1, 336),
    BARTER_CREDIT_SHARE("barter.credit-share", SettingType.INTEGER, "50", 0, 100),
    TRAINEESHIP_MIN_MONTHS("training.duration.min-months", SettingType.INTEGER, "2", 1, 12),
    TRAINEESHIP_DEFAULT_MONTHS("training.duration.default-months", SettingType.INTEGER, "6", 1, 24),
    TRAINEESHIP_MAX_MONTHS_ORDINARY("training.duration.max-months.ordinary", SettingType.INTEGER, "6", 1, 24),
    TRAINEESHIP_MAX_MONTHS_DISADVANTAGED(
            "training.duration.max-months.disadvantaged", SettingType.INTEGER, "12", 1, 24),
    TRAINEESHIP_MAX_MONTHS_DISABLED("training.duration.max-months.disabled", SettingType.INTEGER, "24", 1, 48),
    TRAINEESHIP_MAX_MONTHS_INCLUSION("training.duration.max-months.inclusion", SettingType.INTEGER, "24", 1, 48),
    TRAINEESHIP_WEEKLY_HOURS("training.weekly-hours", SettingType.INTEGER, "20", 1, 40),
    TRAINEESHIP_ALLOWANCE("training.allowance.monthly", SettingType.INTEGER, "600", 0, 5000),
    TRAINEESHIP_ALLOWANCE_FULL_PERCENT("training.allowance.full-from-percent", SettingType.INTEGER, "70", 1, 100),
    TRAINEESHIP_MAX_HOURS_DAY("training.register.max-hours-day", SettingType.INTEGER, "8", 1, 12),
    TRAINEESHIP_MAX_HOURS_WEEK("training.register.max-hours-week", SettingType.INTEGER, "40", 1, 60),
    TRAINEESHIP_TRAINEES_PER_TUTOR("training.trainees-per-tutor", SettingType.INTEGER, "3", 1, 20),
    TRAINEESHIP_CHECKPOINT_MONTHS("training.checkpoint.every-months", SettingType.INTEGER, "1", 1, 6),
    TRAINEESHIP_CHECKPOINT_GRACE_DAYS("training.checkpoint.grace-days", SettingType.INTEGER, "7", 0, 60),
    TRAINEESHIP_CERTIFICATE_PERCENT("training.certificate.min-percent", SettingType.INTEGER, "70", 1, 100),
    TRAINEESHIP_SENSITIVE_MONTHS("training.sensitive.retention-months", SettingType.INTEGER, "24", 1, 120),
    MATCHING_PAIR_SERVICES(
            "matching.pair-services",
            SettingType.TEXT,
            "piccoli-traslochi, trasporto-mobili, sgombero-cantine, sgombero-solai, sgombero-appartamenti,"
                    + " montaggio-mobili, tinteggiatura-esterni",
            null,
            null);

    private final String key;
    private final SettingType type;
    private final String defaultValue;
    private final Integer min;
    private final Integer max;

    Setting(String key, SettingType type, String defaultValue, Integer min, Integer max) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public SettingType type() {
        return type;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public Integer min() {
        return min;
    }

    public Integer max() {
        return max;
    }

    /** The setting stored under {@code key}. */
    public static Setting byKey(String key) {
        for (Setting s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown setting " + key);
    }

    /**
     * Checks {@code text} against the type and bounds and returns its normalised form.
     *
     * @throws SettingType.InvalidSettingValue naming the reason
     */
    public String normalise(String text) {
        Object parsed = type.parse(text);
        if (parsed instanceof Long number) {
            if ((min != null && number < min) || (max != null && number > max)) {
                throw new SettingType.InvalidSettingValue("setting.error.range");
            }
        }
        if (parsed instanceof BigDecimal number) {
            if ((min != null && number.compareTo(BigDecimal.valueOf(min)) < 0)
                    || (max != null && number.compareTo(BigDecimal.valueOf(max)) > 0)) {
                throw new SettingType.InvalidSettingValue("setting.error.range");
            }
            return number.toPlainString();
        }
        return parsed.toString();
    }
}
