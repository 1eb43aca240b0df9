package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.control.Folding;
import it.wecare.factotum.platform.entity.Comune;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The Italian comuni (ISTAT list): autocomplete for everyone, corrections and additions by administrators. */
@Stateless
public class Comuni {

    static final String RECORD_TYPE = "Comune";
    static final int MAX_SUGGESTIONS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<ComuniChanged> changed;

    @Inject
    ComuneLabels known;

    /** Active comuni whose name starts with {@code text}, then those that contain it; accents and case ignored. */
    @PermitAll
    public List<ComuneSummary> suggest(String text, int limit) {
        String folded = Folding.fold(text);
        int max = Math.max(1, Math.min(limit, MAX_SUGGESTIONS));
        if (folded.isEmpty()) {
            return List.of();
        }
        List<Comune> found = new ArrayList<>(em.createQuery(
                        "SELECT c FROM Comune c WHERE c.active = TRUE AND c.searchName LIKE :prefix"
                                + " ORDER BY c.searchName, c.provinceCode",
                        Comune.class)
                .setParameter("prefix", like(folded) + "%")
                .setMaxResults(max)
                .getResultList());
        if (found.size() < max) {
            em.createQuery(
                            "SELECT c FROM Comune c WHERE c.active = TRUE AND c.searchName LIKE :inside"
                                    + " AND c.searchName NOT LIKE :prefix ORDER BY c.searchName, c.provinceCode",
                            Comune.class)
                    .setParameter("inside", "%" + like(folded) + "%")
                    .setParameter("prefix", like(folded) + "%")
                    .setMaxResults(max - found.size())
                    .getResultList()
                    .forEach(found::add);
        }
        return found.stream().map(Comuni::summary).toList();
    }

    /** One comune by ISTAT code. */
    @PermitAll
    public ComuneSummary byCode(String istatCode) {
        Comune comune = istatCode == null ? null : em.find(Comune.class, istatCode);
        if (comune == null) {
            throw new RecordNotFound(RECORD_TYPE, istatCode);
        }
        return summary(comune);
    }

    /** "Torino (TO)" for each known comune code, by label; unknown codes are left out. */
    @PermitAll
    public Map<String, String> labels(Collection<String> istatCodes) {
        Map<String, String> labels = new LinkedHashMap<>();
        Collator italian = Collator.getInstance(Locale.ITALIAN);
        summaries(istatCodes).values().stream()
                .sorted(Comparator.comparing(ComuneSummary::label, italian))
                .forEach(c -> labels.put(c.istatCode(), c.label()));
        return labels;
    }

    /**
     * The known comuni among {@code istatCodes} (active or not), by code; unknown codes are left out.
     * Read through this node's copy ({@link ComuneLabels}).
     */
    @PermitAll
    public Map<String, ComuneSummary> summaries(Collection<String> istatCodes) {
        if (istatCodes == null || istatCodes.isEmpty()) {
            return Map.of();
        }
        Set<String> codes = new LinkedHashSet<>(istatCodes);
        codes.remove(null);
        return known.summaries(codes, this::read);
    }

    private Map<String, ComuneSummary> read(Set<? extends String> istatCodes) {
        Map<String, ComuneSummary> found = new HashMap<>();
        em.createQuery("SELECT c FROM Comune c WHERE c.istatCode IN :codes", Comune.class)
                .setParameter("codes", List.copyOf(istatCodes))
                .getResultList()
                .forEach(c -> found.put(c.getIstatCode(), summary(c)));
        return found;
    }

    /** Every comune, active or not, by ISTAT code: search keeps this list in memory. */
    @PermitAll
    public Map<String, ComuneSummary> directory() {
        Map<String, ComuneSummary> all = new HashMap<>();
        em.createQuery("SELECT c FROM Comune c", Comune.class)
                .setHint("eclipselink.read-only", "true")
                .getResultList()
                .forEach(c -> all.put(c.getIstatCode(), summary(c)));
        return all;
    }

    /** The provinces (two-letter code → name), by name. */
    @PermitAll
    public Map<String, String> provinces() {
        Map<String, String> provinces = new TreeMap<>();
        em.createQuery(
                        "SELECT DISTINCT c.provinceCode, c.provinceName FROM Comune c WHERE c.active = TRUE",
                        Object[].class)
                .getResultList()
                .forEach(row -> provinces.put((String) row[0], (String) row[1]));
        return provinces;
    }

    @PermitAll
    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM Comune c", Long.class).getSingleResult();
    }

    /** A page of comuni (active or not) matching {@code text}, for the administrators' page. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Page<ComuneSummary> page(String text, int first, int pageSize) {
        String folded = Folding.fold(text);
        String where = folded.isEmpty() ? "" : " WHERE c.searchName LIKE :text OR c.istatCode = :code";
        var select = em.createQuery("SELECT c FROM Comune c" + where + " ORDER BY c.searchName", Comune.class);
        var count = em.createQuery("SELECT COUNT(c) FROM Comune c" + where, Long.class);
        if (!folded.isEmpty()) {
            select.setParameter("text", like(folded) + "%").setParameter("code", text.trim());
            count.setParameter("text", like(folded) + "%").setParameter("code", text.trim());
        }
        List<ComuneSummary> items = select
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 200)))
                .getResultList()
                .stream()
                .map(Comuni::summary)
                .toList();
        return new Page<>(items, count.getSingleResult());
    }

    /** Adds a comune that is not in the list yet (a new comune from a merger). */
    @RolesAllowed(Role.ADMIN_NAME)
    public ComuneSummary add(@NotNull @Valid ComuneEdit edit) {
        if (em.find(Comune.class, edit.istatCode()) != null) {
            throw new ConflictingChange("comune.error.codeTaken", "comune exists: " + edit.istatCode());
        }
        Comune comune =
                new Comune(edit.istatCode(), edit.name(), edit.provinceCode(), edit.provinceName(), edit.regionName());
        apply(comune, edit);
        em.persist(comune);
        em.flush();
        audit.record("COMUNE_ADDED", RECORD_TYPE, comune.getIstatCode(), comune.getName());
        changed.fire(new ComuniChanged(comune.getIstatCode()));
        return summary(comune);
    }

    /** Corrects a comune; a stale version is a conflict. */
    @RolesAllowed(Role.ADMIN_NAME)
    public ComuneSummary correct(@NotNull @Valid ComuneEdit edit) {
        Comune comune = em.find(Comune.class, edit.istatCode());
        if (comune == null) {
            throw new RecordNotFound(RECORD_TYPE, edit.istatCode());
        }
        if (comune.getVersion() != edit.version()) {
            throw new ConflictingChange(ConflictingChange.STALE, "comune " + edit.istatCode() + " changed meanwhile");
        }
        String before = summary(comune).label();
        comune.correct(edit.name(), edit.provinceCode(), edit.provinceName(), edit.regionName());
        apply(comune, edit);
        em.flush();
        audit.record(
                "COMUNE_CORRECTED",
                RECORD_TYPE,
                comune.getIstatCode(),
                before + " → " + summary(comune).label());
        changed.fire(new ComuniChanged(comune.getIstatCode()));
        return summary(comune);
    }

    private static void apply(Comune comune, ComuneEdit edit) {
        try {
            comune.setPostalCodes(edit.postalCodes());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("postalCodes", "comune.error.postalCodes");
        }
        try {
            comune.locate(edit.latitude(), edit.longitude());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("latitude", "comune.error.coordinates");
        }
        comune.setActive(edit.active());
    }

    private static String like(String folded) {
        return folded.replace("%", "").replace("_", "");
    }

    static ComuneSummary summary(Comune c) {
        return new ComuneSummary(
                c.getIstatCode(),
                c.getName(),
                c.getProvinceCode(),
                c.getProvinceName(),
                c.getRegionName(),
                c.getPostalCodes() == null
                        ? List.of()
                        : Arrays.asList(c.getPostalCodes().split(" ")),
                c.getLatitude(),
                c.getLongitude(),
                c.isActive(),
                c.getVersion());
    }
}
