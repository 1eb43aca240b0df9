package it.wecare.factotum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Italian is complete, English is complete, and every key a page uses exists. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/it/wecare/factotum/web/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void italianAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("messages_it.properties").stringPropertyNames());
        assertThat(load("faces_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("faces_it.properties").stringPropertyNames());
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[] {"messages_it.properties", "messages_en.properties"}) {
            Properties texts = load(bundle);
            texts.stringPropertyNames()
                    .forEach(k -> assertThat(texts.getProperty(k))
                            .as(bundle + " " + k)
                            .isNotBlank());
        }
    }

    /** A text with a {0} placeholder goes through MessageFormat, where a lone apostrophe swallows the rest. */
    @Test
    void placeholdersAreNotSwallowedByApostrophes() throws IOException {
        for (String bundle : new String[] {"messages_it.properties", "messages_en.properties"}) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.matches("(?s).*\\{\\d+}.*")) {
                    assertThat(text.replace("''", ""))
                            .as(bundle + " " + key + ": write '' for an apostrophe in a text with placeholders")
                            .doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyLiteralKeyUsedInAPageExists() throws IOException {
        Set<String> keys = load("messages_it.properties").stringPropertyNames();
        Pattern used = Pattern.compile("msg\\['([a-zA-Z0-9_.\\-]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = used.matcher(Files.readString(page));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void pagesHaveNoHardCodedSentences() throws IOException {
        Pattern textBetweenTags = Pattern.compile(">\\s*([A-Za-zÀ-ú][^<>#{}]{3,})<");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = textBetweenTags.matcher(Files.readString(page));
                while (m.find()) {
                    String text = m.group(1).trim();
                    if (!text.equals("English") && !text.equals("Italiano") && !text.equals("F")) {
                        found.add(page.getFileName() + ": " + text);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** The values each page builds a key from ({@code msg['prefix.'.concat(value)]}). */
    private static Map<String, List<String>> builtKeys() {
        Map<String, List<String>> built = new LinkedHashMap<>();
        built.put("workerKind.", names(it.wecare.factotum.api.workers.WorkerKind.values()));
        built.put("requestState.", names(it.wecare.factotum.api.requests.RequestState.values()));
        built.put("requestState.help.", names(it.wecare.factotum.api.requests.RequestState.values()));
        built.put("timeOfDay.", names(it.wecare.factotum.api.requests.TimeOfDay.values()));
        built.put("channel.", names(it.wecare.factotum.api.requests.Channel.values()));
        built.put("role.", names(it.wecare.factotum.api.platform.Role.values()));
        built.put("assignmentState.", names(it.wecare.factotum.api.requests.AssignmentState.values()));
        built.put("quoteState.", names(it.wecare.factotum.api.requests.QuoteState.values()));
        built.put("skillLevel.", names(it.wecare.factotum.api.workers.SkillLevel.values()));
        built.put("outbox.kind.", names(it.wecare.factotum.notifications.control.EmailKind.values()));
        built.put("outbox.status.", names(it.wecare.factotum.notifications.entity.OutboxEmail.Status.values()));
        built.put("condition.", names(it.wecare.factotum.barter.control.Condition.values()));
        built.put("condition.help.", names(it.wecare.factotum.barter.control.Condition.values()));
        built.put("offerState.", names(it.wecare.factotum.barter.entity.GoodsOffer.State.values()));
        built.put("offerState.help.", names(it.wecare.factotum.barter.entity.GoodsOffer.State.values()));
        built.put("destination.", names(it.wecare.factotum.barter.control.Destination.values()));
        built.put("reviewState.", names(it.wecare.factotum.ratings.entity.Review.State.values()));
        built.put("reviewHold.", names(it.wecare.factotum.ratings.control.ReviewCheck.Hold.values()));
        built.put("policy.", names(it.wecare.factotum.ratings.control.Policy.values()));
        built.put("matching.filter.", names(it.wecare.factotum.matching.control.Filter.values()));
        built.put("traineeshipState.", names(it.wecare.factotum.api.training.TraineeshipState.values()));
        built.put("traineeshipAction.", names(it.wecare.factotum.api.training.TraineeshipAction.values()));
        built.put("traineeship.done.", names(it.wecare.factotum.api.training.TraineeshipAction.values()));
        built.put("traineeshipKind.", names(it.wecare.factotum.api.training.TraineeshipKind.values()));
        built.put("traineeGroup.", names(it.wecare.factotum.api.training.TraineeGroup.values()));
        built.put("trainingActivity.", names(it.wecare.factotum.api.training.TrainingActivity.values()));
        built.put("traineeshipAlert.", names(it.wecare.factotum.training.boundary.TraineeshipRow.Alert.values()));
        built.put("licenceStep.", names(it.wecare.factotum.api.training.LicenceStep.values()));
        built.put("documentKind.", names(it.wecare.factotum.api.training.TraineeshipDocumentKind.values()));
        built.put("traineeshipOutcome.", names(it.wecare.factotum.api.training.TraineeshipOutcome.values()));
        built.put("vulnerability.", it.wecare.factotum.training.boundary.SensitiveData.VULNERABILITIES);
        built.put("traineeship.level.", List.of("1", "2", "3", "4"));
        List<String> events =
                new java.util.ArrayList<>(names(it.wecare.factotum.api.training.TraineeshipAction.values()));
        events.addAll(List.of(
                "CREATE",
                "EDIT",
                "MIGRATE",
                "CHECKPOINT",
                "ASSESS",
                "FOLLOW_UP",
                "LICENCE",
                "DOCUMENT",
                "DOCUMENT_REMOVED"));
        built.put("traineeshipEvent.", events);
        List<String> refusals =
                new java.util.ArrayList<>(names(it.wecare.factotum.platform.control.LinkRefusal.values()));
        refusals.add("UNKNOWN");
        built.put("track.refused.", refusals);
        built.put("review.refused.", refusals);
        built.put("proposal.refused.", refusals);
        built.put("proposal.answered.", List.of("ACCEPTED", "DECLINED"));
        built.put("language.", List.of("it", "en"));
        List<String> settings = new java.util.ArrayList<>();
        for (it.wecare.factotum.platform.control.Setting setting :
                it.wecare.factotum.platform.control.Setting.values()) {
            settings.add(setting.key() + ".label");
            settings.add(setting.key() + ".help");
        }
        built.put("setting.", settings);
        return built;
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    /** A key a page builds from a value exists for every value (the outbox showed ???outbox.kind.QUOTE_READY???). */
    @Test
    void everyKeyAPageBuildsFromAValueExists() throws IOException {
        Set<String> keys = load("messages_it.properties").stringPropertyNames();
        Map<String, List<String>> built = builtKeys();
        Pattern builds = Pattern.compile("msg\\['([a-zA-Z0-9_.\\-]+\\.)'\\.concat\\(");
        Set<String> unknownPrefixes = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = builds.matcher(Files.readString(page));
                while (m.find()) {
                    if (!built.containsKey(m.group(1))) {
                        unknownPrefixes.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(unknownPrefixes)
                .as("a page builds keys from values this test does not know: add them to builtKeys()")
                .isEmpty();
        Set<String> missing = new TreeSet<>();
        built.forEach((prefix, values) -> values.stream()
                .map(v -> prefix + v)
                .filter(k -> !keys.contains(k))
                .forEach(missing::add));
        assertThat(missing).isEmpty();
    }

    /**
     * Every literal key the beans and the boundaries ask for exists: {@code Texts.get("…")}, and the message
     * keys of refused input, broken rules, conflicts and refused settings.
     */
    @Test
    void everyLiteralKeyTheCodeAsksForExists() throws IOException {
        Set<String> keys = load("messages_it.properties").stringPropertyNames();
        List<Pattern> asks = List.of(
                Pattern.compile("Texts\\.(?:get|problem)\\(\\s*\"([a-zA-Z0-9_.\\-]+)\"\\s*[,)]"),
                Pattern.compile("InvalidInput\\(\\s*\"[^\"]*\"\\s*,\\s*\"([a-zA-Z0-9_.\\-]+)\""),
                Pattern.compile("BrokenRule\\(\\s*\"[^\"]*\"\\s*,\\s*\"([a-zA-Z0-9_.\\-]+)\""),
                Pattern.compile("ConflictingChange\\(\\s*\"([a-zA-Z0-9_.\\-]+)\""),
                Pattern.compile("InvalidSettingValue\\(\\s*\"([a-zA-Z0-9_.\\-]+)\""));
        Set<String> missing = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../factotum-ejb/src/main/java"))) {
            try (Stream<Path> sources = Files.walk(root)) {
                for (Path source :
                        sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(source);
                    for (Pattern ask : asks) {
                        Matcher m = ask.matcher(code);
                        while (m.find()) {
                            if (!keys.contains(m.group(1))) {
                                missing.add(source.getFileName() + ": " + m.group(1));
                            }
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
