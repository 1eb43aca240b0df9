package it.wecare.factotum.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryTest {

    private final Category painting = new Category(null, "tinteggiature", "Tinteggiature", "Painting", 10);

    @Test
    void aSubcategoryBelongsToACategoryAndCannotHaveChildren() {
        Category interiors = new Category(painting, "tinteggiatura-interni", "Interni", "Interiors", 10);
        assertThat(interiors.isSubcategory()).isTrue();
        assertThatThrownBy(() -> new Category(interiors, "too-deep", "Troppo", "Too deep", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two levels");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Pulizie", "pulizie vetri", "-vetri", "vetri-", "vetri--casa", "vétri"})
    void codesAreLowerCaseWordsJoinedByDashes(String code) {
        assertThatThrownBy(() -> new Category(null, code, "A", "A", 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAreRequiredInBothLanguagesAndShownInTheAskedOne() {
        assertThatThrownBy(() -> painting.rename("Tinteggiature", " ")).isInstanceOf(IllegalArgumentException.class);
        painting.rename(" Imbiancature ", "Painting works");
        assertThat(painting.name("it")).isEqualTo("Imbiancature");
        assertThat(painting.name("en")).isEqualTo("Painting works");
    }

    @Test
    void aSubcategoryOfAnInactiveCategoryCannotBeSwitchedOn() {
        Category exteriors = new Category(painting, "tinteggiatura-esterni", "Esterni", "Exteriors", 20);
        painting.deactivate();
        exteriors.deactivate();
        assertThatThrownBy(exteriors::activate).isInstanceOf(IllegalStateException.class);
        painting.activate();
        exteriors.activate();
        assertThat(exteriors.isActive()).isTrue();
    }
}
