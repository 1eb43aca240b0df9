package it.wecare.factotum.barter.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.barter.control.Valuation;
import it.wecare.factotum.barter.entity.GoodsCategory;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The goods categories clients may offer and the price list their valuation starts from. */
@Stateless
public class GoodsPriceList {

    static final String RECORD_TYPE = "GoodsCategory";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** Every category, active or not, in the list's order. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public List<GoodsCategoryView> all() {
        return em
                .createQuery("SELECT g FROM GoodsCategory g ORDER BY g.sortOrder, g.code", GoodsCategory.class)
                .getResultList()
                .stream()
                .map(GoodsPriceList::view)
                .toList();
    }

    /**
     * Changes a category's names and prices; a stale version is a conflict. Values out of range are refused
     * by Bean Validation, each naming its field.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public GoodsCategoryView change(@NotNull @Valid GoodsCategoryView change) {
        GoodsCategory category = em.find(GoodsCategory.class, change.code());
        if (category == null) {
            throw new RecordNotFound(RECORD_TYPE, change.code());
        }
        if (category.getVersion() != change.version()) {
            throw new ConflictingChange(
                    ConflictingChange.STALE, "goods category " + change.code() + " changed meanwhile");
        }
        String before = describe(view(category));
        category.change(
                change.nameIt(),
                change.nameEn(),
                change.newPrice(),
                change.usefulLifeYears(),
                change.need(),
                change.active(),
                clock.instant(),
                audit.currentActorName());
        em.flush();
        GoodsCategoryView after = view(category);
        audit.record("GOODS_PRICE_CHANGED", RECORD_TYPE, category.getCode(), before + " → " + describe(after));
        return after;
    }

    /**
     * Adds a category at the end of the list, accepted from now on.
     *
     * @throws ConflictingChange ({@code goods.error.codeTaken}) when the code is already used
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public GoodsCategoryView add(@NotNull @Valid GoodsCategoryDraft draft) {
        if (em.find(GoodsCategory.class, draft.code()) != null) {
            throw new ConflictingChange("goods.error.codeTaken", "goods category exists: " + draft.code());
        }
        Integer last = em.createQuery("SELECT MAX(g.sortOrder) FROM GoodsCategory g", Integer.class)
                .getSingleResult();
        GoodsCategory category = new GoodsCategory(
                draft.code(),
                draft.nameIt(),
                draft.nameEn(),
                draft.newPrice(),
                draft.usefulLifeYears(),
                draft.need(),
                (last == null ? 0 : last) + 10,
                clock.instant(),
                audit.currentActorName());
        em.persist(category);
        em.flush();
        GoodsCategoryView added = view(category);
        audit.record("GOODS_CATEGORY_ADDED", RECORD_TYPE, category.getCode(), added.nameIt() + ": " + describe(added));
        return added;
    }

    /** The categories a client may offer now (code → name in {@code language}), in the list's order. */
    @PermitAll
    public Map<String, String> choices(String language) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (GoodsCategory g : em.createQuery(
                        "SELECT g FROM GoodsCategory g WHERE g.active = TRUE ORDER BY g.sortOrder, g.code",
                        GoodsCategory.class)
                .getResultList()) {
            choices.put(g.getCode(), "en".equals(language) ? g.getNameEn() : g.getNameIt());
        }
        return choices;
    }

    /** The name of every category, active or not (code → name in {@code language}). */
    @PermitAll
    public Map<String, String> names(String language) {
        Map<String, String> names = new LinkedHashMap<>();
        for (GoodsCategory g : em.createQuery("SELECT g FROM GoodsCategory g ORDER BY g.sortOrder", GoodsCategory.class)
                .getResultList()) {
            names.put(g.getCode(), "en".equals(language) ? g.getNameEn() : g.getNameIt());
        }
        return names;
    }

    /** The rule the valuation of an item of {@code code} starts from. */
    @PermitAll
    public Valuation.PriceRule rule(String code) {
        GoodsCategory category = em.find(GoodsCategory.class, code);
        if (category == null) {
            throw new RecordNotFound(RECORD_TYPE, code);
        }
        return new Valuation.PriceRule(
                category.getCode(),
                category.getNewPrice(),
                category.getUsefulLifeYears(),
                category.isActive() ? category.getNeed() : BigDecimal.ZERO);
    }

    private static String describe(GoodsCategoryView v) {
        return v.newPrice() + " €, " + v.usefulLifeYears() + " y, need " + v.need() + (v.active() ? "" : ", off");
    }

    private static GoodsCategoryView view(GoodsCategory g) {
        return new GoodsCategoryView(
                g.getCode(),
                g.getNameIt(),
                g.getNameEn(),
                g.getNewPrice(),
                g.getUsefulLifeYears(),
                g.getNeed(),
                g.isActive(),
                g.getUpdatedAt(),
                g.getUpdatedBy(),
                g.getVersion());
    }
}
