package it.wecare.factotum.platform.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The type of a setting's value, which parses and checks the text an administrator types. */
public enum SettingType {
    INTEGER,
    DECIMAL,
    BOOLEAN,
    TEXT,
    EMAIL,
    /** Percentages from 0 to 100 separated by commas ("22, 10, 5, 0"), at least one. */
    PERCENTAGES;

    /** Texts appear in page headers and email subjects: longer would not fit. */
    static final int MAX_TEXT = 200;

    private static final Pattern EMAIL_SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /**
     * Parses {@code text} into a value of this type.
     *
     * @throws InvalidSettingValue with a message key when the text is not a value of this type
     */
    public Object parse(String text) {
        String value = text == null ? "" : text.trim();
        switch (this) {
            case INTEGER:
                try {
                    return Long.valueOf(value);
                } catch (NumberFormatException e) {
                    throw new InvalidSettingValue("setting.error.integer");
                }
            case DECIMAL:
                try {
                    return new BigDecimal(value.replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw new InvalidSettingValue("setting.error.decimal");
                }
            case BOOLEAN:
                if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                    return Boolean.valueOf(value);
                }
                throw new InvalidSettingValue("setting.error.boolean");
            case EMAIL:
                if (value.length() > MAX_TEXT) {
                    throw new InvalidSettingValue("setting.error.tooLong");
                }
                if (!EMAIL_SHAPE.matcher(value).matches()) {
                    throw new InvalidSettingValue("setting.error.email");
                }
                return value;
            case PERCENTAGES:
                return percentages(value);
            case TEXT:
            default:
                if (value.isEmpty()) {
                    throw new InvalidSettingValue("setting.error.required");
                }
                if (value.length() > MAX_TEXT) {
                    throw new InvalidSettingValue("setting.error.tooLong");
                }
                return value;
        }
    }

    private static String percentages(String value) {
        List<String> rates = new ArrayList<>();
        for (String part : value.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            BigDecimal rate;
            try {
                rate = new BigDecimal(part.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new InvalidSettingValue("setting.error.percentages");
            }
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidSettingValue("setting.error.percentages");
            }
            String plain = rate.stripTrailingZeros().toPlainString();
            if (!rates.contains(plain)) {
                rates.add(plain);
            }
        }
        if (rates.isEmpty()) {
            throw new InvalidSettingValue("setting.error.percentages");
        }
        return String.join(", ", rates);
    }

    /** A value refused by a setting's type or bounds; the key names the reason in the resource bundle. */
    public static final class InvalidSettingValue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidSettingValue(String messageKey) {
            super(messageKey);
        }

        public String messageKey() {
            return getMessage();
        }
    }
}
