package it.wecare.factotum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.catalog.boundary.CategoryChange;
import it.wecare.factotum.catalog.boundary.CategoryDraft;
import it.wecare.factotum.catalog.boundary.CategoryRow;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the server: the catalog's rules, as an administrator meets them. */
@ExtendWith(ArquillianExtension.class)
class CatalogRulesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CatalogRulesIT.class, AsAdministrator.class);
    }

    @Inject
    Catalog catalog;

    @Inject
    AsAdministrator admin;

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private CategoryRow create(String parent, String code) throws Exception {
        return admin.call(() -> catalog.create(
                new CategoryDraft(parent, code, "Prova " + code, "Test " + code, null, null, "pi-star")));
    }

    private CategoryRow row(String code) {
        try {
            return admin.call(() -> catalog.rows().stream()
                    .filter(r -> r.code().equals(code))
                    .findFirst()
                    .orElseThrow());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyAdministratorsChangeTheCatalog() {
        assertThrows(EJBAccessException.class, () -> catalog.delete("pulizie"));
    }

    @Test
    void aSubcategoryIsAddedUnderItsCategoryAndShownInOrder() throws Exception {
        String category = code("cat");
        create(null, category);
        create(category, code("sub-a"));
        String last = code("sub-b");
        create(category, last);

        CategoryNode node = catalog.node(category, "en");
        assertEquals(2, node.subcategories().size());
        assertEquals(last, node.subcategories().get(1).code());

        admin.run(() -> catalog.move(last, -1));
        assertEquals(last, catalog.node(category, "it").subcategories().get(0).code());
    }

    @Test
    void theCatalogHasTwoLevelsAndUniqueCodes() throws Exception {
        String category = code("cat");
        create(null, category);
        String sub = code("sub");
        create(category, sub);

        InvalidInput depth = assertThrows(InvalidInput.class, () -> create(sub, code("deeper")));
        assertEquals("parent", depth.field());
        ConflictingChange duplicate = assertThrows(ConflictingChange.class, () -> create(null, sub));
        assertEquals("catalog.error.codeTaken", duplicate.messageKey());
    }

    @Test
    void aStaleEditIsAConflictNotALostUpdate() throws Exception {
        String category = code("cat");
        CategoryRow read = create(null, category);
        admin.call(
                () -> catalog.update(category, new CategoryChange("Primo", "First", null, null, null, read.version())));

        ConflictingChange stale = assertThrows(
                ConflictingChange.class,
                () -> admin.call(() -> catalog.update(
                        category, new CategoryChange("Secondo", "Second", null, null, null, read.version()))));
        assertEquals(ConflictingChange.STALE, stale.messageKey());
        assertEquals("Primo", row(category).nameIt());
    }

    @Test
    void aDeactivatedCategoryAndItsSubcategoriesLeaveThePublicTree() throws Exception {
        String category = code("cat");
        create(null, category);
        String sub = code("sub");
        create(category, sub);

        admin.run(() -> catalog.setActive(category, false));

        assertTrue(catalog.tree("it").stream().noneMatch(c -> c.code().equals(category)));
        assertFalse(row(sub).active());
        InvalidInput parentOff = assertThrows(InvalidInput.class, () -> admin.run(() -> catalog.setActive(sub, true)));
        assertEquals("catalog.error.parentInactive", parentOff.messageKey());
    }

    @Test
    void aCategoryWithSubcategoriesCannotBeDeletedButAnUnusedSubcategoryCan() throws Exception {
        String category = code("cat");
        create(null, category);
        String sub = code("sub");
        create(category, sub);

        ConflictingChange refused =
                assertThrows(ConflictingChange.class, () -> admin.run(() -> catalog.delete(category)));
        assertEquals("catalog.error.hasChildren", refused.messageKey());

        admin.run(() -> catalog.delete(sub));
        admin.run(() -> catalog.delete(category));
        assertTrue(admin.call(() -> catalog.rows()).stream()
                .noneMatch(r -> r.code().equals(category)));
    }
}
