package it.wecare.factotum.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layering of DESIGN.md and STYLE.md honest across the API, EJB and web modules. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/it/wecare/factotum/it/"))
                .importPackages("it.wecare.factotum");
    }

    @Test
    void theWebTierNeverTouchesEntities() {
        noClasses()
                .that()
                .resideInAPackage("it.wecare.factotum.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..entity..")
                .because("pages and resources see records, never entities")
                .check(classes);
    }

    /**
     * The same, read in the sources: javac copies an entity's constant into the page that uses it, so the
     * compiled classes no longer show that dependency (GoodsEntry read GoodsItem.SIDE and the rule passed).
     */
    @Test
    void theWebTierSourcesNameNoEntity() throws java.io.IOException {
        java.util.regex.Pattern entity = java.util.regex.Pattern.compile("it\\.wecare\\.factotum\\.\\w+\\.entity\\.");
        java.util.List<String> naming = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> sources =
                java.nio.file.Files.walk(java.nio.file.Path.of("../factotum-web/src/main/java"))) {
            for (java.nio.file.Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (entity.matcher(java.nio.file.Files.readString(source)).find()) {
                    naming.add(source.getFileName().toString());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(naming)
                .as("web sources that name an entity (use the boundary's constant or record)")
                .isEmpty();
    }

    @Test
    void theApiContractHasNoServerCode() {
        noClasses()
                .that()
                .resideInAPackage("it.wecare.factotum.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("it.wecare.factotum.web..", "..boundary..", "..control..", "..entity..")
                .check(classes);
    }

    @Test
    void controlIsPlainLogicThatNeverCallsBoundaries() {
        noClasses()
                .that()
                .resideInAPackage("..control..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..boundary..", "it.wecare.factotum.web..")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.ejb..", "jakarta.persistence..", "jakarta.enterprise..")
                .because("control classes are unit-tested without a container")
                .check(classes);
    }

    @Test
    void entitiesDependOnNoBoundary() {
        noClasses()
                .that()
                .resideInAPackage("..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..boundary..", "it.wecare.factotum.web..")
                .because("entities guard their invariants with plain logic (control) at most, never with use cases")
                .check(classes);
    }

    @Test
    void entitiesAreUsedOnlyInsideTheirOwnCapability() {
        classes()
                .that()
                .resideInAPackage("..entity..")
                .should(onlyBeAccessedFromTheirCapability())
                .because("no capability reaches into another's tables")
                .check(classes);
    }

    @Test
    void capabilitiesHaveNoCycles() {
        slices().matching("it.wecare.factotum.(*).(boundary|control|entity)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void webCapabilitiesHaveNoCycles() {
        slices().matching("it.wecare.factotum.web.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    private static ArchCondition<JavaClass> onlyBeAccessedFromTheirCapability() {
        return new ArchCondition<>("only be accessed from their own capability") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                String capability = capabilityOf(entity.getPackageName());
                entity.getDirectDependenciesToSelf().forEach(dependency -> {
                    String origin = dependency.getOriginClass().getPackageName();
                    if (!capability.equals(capabilityOf(origin))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static String capabilityOf(String packageName) {
        String rest = packageName.substring("it.wecare.factotum.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
