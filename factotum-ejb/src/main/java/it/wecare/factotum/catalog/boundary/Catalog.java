package it.wecare.factotum.catalog.boundary;

import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.catalog.entity.Category;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The two-level service catalog: read by everyone, edited by administrators (every change audited). */
@Stateless
public class Catalog {

    static final String RECORD_TYPE = "Category";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    @Any
    Instance<CategoryUsage> usages;

    @Inject
    Event<CatalogChanged> changed;

    @Inject
    CatalogTrees trees;

    /**
     * The active categories, in order, with their active subcategories, in {@code language}; this node's
     * copy ({@link CatalogTrees}), so a change made on another node is seen within seconds.
     */
    @PermitAll
    public List<CategoryNode> tree(String language) {
        return trees.tree(language, this::readTree);
    }

    private List<CategoryNode> readTree(String language) {
        List<Category> all = all();
        return all.stream()
                .filter(c -> !c.isSubcategory() && c.isActive())
                .map(c -> node(c, language, all))
                .toList();
    }

    /** One active node by code. */
    @PermitAll
    public CategoryNode node(String code, String language) {
        Category category =
                byCode(code).filter(Category::isActive).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, code));
        return node(category, language, all());
    }

    /** The names of the active subcategories by code, in {@code language}, in catalog order. */
    @PermitAll
    public Map<String, String> subcategoryNames(String language) {
        Map<String, String> names = new LinkedHashMap<>();
        tree(language).forEach(category -> category.subcategories().forEach(s -> names.put(s.code(), s.name())));
        return names;
    }

    /** Every node, active or not, in tree order, for the administrators' page. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public List<CategoryRow> rows() {
        List<Category> all = all();
        List<CategoryRow> rows = new ArrayList<>();
        all.stream().filter(c -> !c.isSubcategory()).forEach(category -> {
            rows.add(row(category));
            all.stream()
                    .filter(c -> c.getParent() != null && c.getParent().getId().equals(category.getId()))
                    .forEach(sub -> rows.add(row(sub)));
        });
        return rows;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public CategoryRow create(@NotNull @Valid CategoryDraft draft) {
        if (byCode(draft.code()).isPresent()) {
            throw new ConflictingChange("catalog.error.codeTaken", "code taken: " + draft.code());
        }
        Category parent = null;
        if (draft.parentCode() != null && !draft.parentCode().isBlank()) {
            parent = byCode(draft.parentCode()).orElseThrow(() -> new InvalidInput("parent", "catalog.error.parent"));
            if (parent.isSubcategory()) {
                throw new InvalidInput("parent", "catalog.error.depth");
            }
        }
        Category category = new Category(parent, draft.code(), draft.nameIt(), draft.nameEn(), nextOrder(parent));
        category.describe(draft.descriptionIt(), draft.descriptionEn(), draft.icon());
        em.persist(category);
        em.flush();
        audit.record("CATEGORY_CREATED", RECORD_TYPE, category.getCode(), category.getNameIt());
        changed.fire(new CatalogChanged(category.getCode()));
        return row(category);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public CategoryRow update(String code, @NotNull @Valid CategoryChange change) {
        Category category = find(code);
        if (category.getVersion() != change.version()) {
            throw new ConflictingChange(ConflictingChange.STALE, "category " + code + " changed meanwhile");
        }
        String before = category.getNameIt() + " / " + category.getNameEn();
        category.rename(change.nameIt(), change.nameEn());
        category.describe(change.descriptionIt(), change.descriptionEn(), change.icon());
        em.flush();
        audit.record("CATEGORY_CHANGED", RECORD_TYPE, code, before + " → " + change.nameIt() + " / " + change.nameEn());
        changed.fire(new CatalogChanged(code));
        return row(category);
    }

    /** Moves a node one place up ({@code -1}) or down ({@code +1}) among its siblings. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void move(String code, int direction) {
        Category category = find(code);
        List<Category> siblings = all().stream()
                .filter(c -> sameParent(c, category))
                .sorted(Comparator.comparingInt(Category::getSortOrder).thenComparing(Category::getCode))
                .toList();
        int index = siblings.indexOf(category);
        int target = index + Integer.signum(direction);
        if (index < 0 || target < 0 || target >= siblings.size()) {
            return;
        }
        List<Category> reordered = new ArrayList<>(siblings);
        reordered.set(index, siblings.get(target));
        reordered.set(target, category);
        for (int i = 0; i < reordered.size(); i++) {
            reordered.get(i).placeAt((i + 1) * 10);
        }
        audit.record("CATEGORY_MOVED", RECORD_TYPE, code, direction < 0 ? "up" : "down");
        changed.fire(new CatalogChanged(code));
    }

    /** Switches a node on or off; switching a category off switches its subcategories off too. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void setActive(String code, boolean active) {
        Category category = find(code);
        if (active) {
            try {
                category.activate();
            } catch (IllegalStateException e) {
                throw new InvalidInput("active", "catalog.error.parentInactive");
            }
        } else {
            category.deactivate();
            all().stream()
                    .filter(c -> c.getParent() != null && c.getParent().getId().equals(category.getId()))
                    .forEach(Category::deactivate);
        }
        audit.record(active ? "CATEGORY_ACTIVATED" : "CATEGORY_DEACTIVATED", RECORD_TYPE, code, null);
        changed.fire(new CatalogChanged(code));
    }

    /**
     * Deletes a node nobody uses. A category with subcategories, or a subcategory that workers or
     * requests refer to, is refused with a reason: deactivate it instead.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void delete(String code) {
        Category category = find(code);
        boolean hasChildren = all().stream()
                .anyMatch(c -> c.getParent() != null && c.getParent().getId().equals(category.getId()));
        if (hasChildren) {
            throw new ConflictingChange("catalog.error.hasChildren", code + " has subcategories");
        }
        long uses = 0;
        for (CategoryUsage usage : usages) {
            uses += usage.uses(code);
        }
        if (uses > 0) {
            throw new ConflictingChange("catalog.error.inUse", code + " is used " + uses + " times");
        }
        em.remove(category);
        em.flush();
        audit.record("CATEGORY_DELETED", RECORD_TYPE, code, category.getNameIt());
        changed.fire(new CatalogChanged(code));
    }

    private static boolean sameParent(Category a, Category b) {
        return a.getParent() == null
                ? b.getParent() == null
                : b.getParent() != null
                        && a.getParent().getId().equals(b.getParent().getId());
    }

    private int nextOrder(Category parent) {
        return all().stream()
                        .filter(c -> parent == null
                                ? c.getParent() == null
                                : c.getParent() != null && c.getParent().getId().equals(parent.getId()))
                        .mapToInt(Category::getSortOrder)
                        .max()
                        .orElse(0)
                + 10;
    }

    private List<Category> all() {
        return em.createQuery(
                        "SELECT c FROM Category c LEFT JOIN FETCH c.parent ORDER BY c.sortOrder, c.code",
                        Category.class)
                .getResultList();
    }

    private Optional<Category> byCode(String code) {
        return em.createQuery("SELECT c FROM Category c WHERE c.code = :code", Category.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    private Category find(String code) {
        return byCode(code).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, code));
    }

    private static CategoryNode node(Category c, String language, List<Category> all) {
        List<CategoryNode> children = all.stream()
                .filter(s -> s.getParent() != null && s.getParent().getId().equals(c.getId()) && s.isActive())
                .map(s -> new CategoryNode(
                        s.getCode(), s.name(language), s.description(language), s.getIcon(), List.of()))
                .toList();
        return new CategoryNode(c.getCode(), c.name(language), c.description(language), c.getIcon(), children);
    }

    private static CategoryRow row(Category c) {
        return new CategoryRow(
                c.getId(),
                c.getCode(),
                c.getParent() == null ? null : c.getParent().getCode(),
                c.getNameIt(),
                c.getNameEn(),
                c.getDescriptionIt(),
                c.getDescriptionEn(),
                c.getIcon(),
                c.getSortOrder(),
                c.isActive(),
                c.getVersion());
    }
}
