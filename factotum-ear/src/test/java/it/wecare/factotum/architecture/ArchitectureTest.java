package it.wecare.factotum.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    void theWebTierSourcesNameNoEntity() throws IOException {
        Pattern entity = Pattern.compile("it\\.wecare\\.factotum\\.\\w+\\.entity\\.");
        List<String> naming = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("../factotum-web/src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (entity.matcher(Files.readString(source)).find()) {
                    naming.add(source.getFileName().toString());
                }
            }
        }
        assertThat(naming)
                .as("web sources that name an entity (use the boundary's constant or record)")
                .isEmpty();
    }

    /**
     * Main code imports what it uses: no {@code java.util.Optional} or capability class spelled out inline,
     * except where two classes of the same name meet in one file.
     */
    @Test
    void mainCodeWritesNoFullyQualifiedNamesInline() throws IOException {
        Pattern inline = Pattern.compile(
                "(?<![\\w.\"])((?:java|javax|jakarta|it\\.wecare\\.factotum)(?:\\.[a-z][a-z0-9_]*)+)\\.([A-Z]\\w*)");
        Pattern imported = Pattern.compile("^import ([\\w.]+)\\.([A-Z]\\w*);", Pattern.MULTILINE);
        List<String> found = new ArrayList<>();
        for (String root : List.of(
                "../factotum-api/src/main/java", "../factotum-ejb/src/main/java", "../factotum-web/src/main/java")) {
            try (Stream<Path> sources = Files.walk(Path.of(root))) {
                for (Path source :
                        sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    // a name the formatter broke over lines ("jakarta\n .enterprise\n .inject…") is one name
                    String text = Files.readString(source).replaceAll("\\n\\s*\\.(?=[a-z])", ".");
                    Map<String, String> imports = new HashMap<>();
                    Matcher i = imported.matcher(text);
                    while (i.find()) {
                        imports.put(i.group(2), i.group(1));
                    }
                    int number = 0;
                    for (String line : text.split("\n")) {
                        number++;
                        String code = line.strip();
                        if (code.startsWith("import ")
                                || code.startsWith("package ")
                                || code.startsWith("*")
                                || code.startsWith("/*")
                                || code.startsWith("//")) {
                            continue;
                        }
                        Matcher m = inline.matcher(code.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\""));
                        while (m.find()) {
                            String other = imports.get(m.group(2));
                            if (other == null || other.equals(m.group(1))) {
                                found.add(source.getFileName() + ":" + number + " " + m.group());
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).as("import these instead").isEmpty();
    }

    /** At most this many public methods on one boundary bean. */
    static final int MAX_BOUNDARY_METHODS = 12;

    /**
     * A boundary holds one family of use cases: a page or a partner that needs it finds it by name, and a
     * caller injects only what it uses. A dozen use cases is one family (the requests' boundaries hold 3 to
     * 9); a thirteenth is the sign of a second one, which gets its own boundary (as {@code Requests}, with
     * 31, became Submissions, RequestDesk, Assignments, Quotes and Tracking).
     */
    @Test
    void aBoundaryHoldsOneFamilyOfUseCases() {
        classes()
                .that()
                .resideInAPackage("..boundary..")
                .and()
                .areAnnotatedWith(Stateless.class)
                .or()
                .areAnnotatedWith(Singleton.class)
                .should(new ArchCondition<JavaClass>("have at most " + MAX_BOUNDARY_METHODS + " public methods") {
                    @Override
                    public void check(JavaClass boundary, ConditionEvents events) {
                        long count = boundary.getMethods().stream()
                                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                                .filter(m -> !m.getModifiers().contains(JavaModifier.STATIC))
                                .filter(m -> !m.getModifiers().contains(JavaModifier.SYNTHETIC)
                                        && !m.getModifiers().contains(JavaModifier.BRIDGE))
                                .count();
                        events.add(new SimpleConditionEvent(
                                boundary,
                                count <= MAX_BOUNDARY_METHODS,
                                boundary.getSimpleName() + " has " + count + " public methods"));
                    }
                })
                .check(classes);
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
