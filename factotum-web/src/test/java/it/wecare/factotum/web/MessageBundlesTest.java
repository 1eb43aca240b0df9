package it.wecare.factotum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
