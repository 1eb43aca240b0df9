package it.wecare.factotum.workers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** Where a worker goes: one comune (ISTAT code) or a whole province (two-letter code). */
@Embeddable
public class Area {

    /** A comune or a whole province. */
    public enum Type {
        COMUNE,
        PROVINCE
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "area_type", nullable = false, length = 10)
    private Type type;

    @Column(name = "area_code", nullable = false, length = 6)
    private String code;

    protected Area() {}

    public Area(Type type, String code) {
        this.type = Objects.requireNonNull(type, "type");
        this.code = Objects.requireNonNull(code, "code");
        boolean valid = type == Type.COMUNE ? code.matches("\\d{6}") : code.matches("[A-Z]{2}");
        if (!valid) {
            throw new IllegalArgumentException("Not a " + type + " code: " + code);
        }
    }

    public static Area comune(String istatCode) {
        return new Area(Type.COMUNE, istatCode);
    }

    public static Area province(String provinceCode) {
        return new Area(Type.PROVINCE, provinceCode);
    }

    public Type getType() {
        return type;
    }

    public String getCode() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Area a && a.type == type && a.code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, code);
    }
}
