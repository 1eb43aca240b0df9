package it.wecare.factotum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A {@code <ui:param>} outside an include is visible to the whole page, also inside another table's or list's
 * {@code var}: a page that names both the same resolves the wrong object and answers 500 (the dossier did, twice).
 */
class PageVariablesTest {

    private static final Pattern INCLUDE = Pattern.compile("(?s)<ui:include\\b.*?(/>|</ui:include>)");
    private static final Pattern PARAM = Pattern.compile("<ui:param\\s+name=\"([^\"]+)\"");
    private static final Pattern VAR = Pattern.compile("\\svar=\"([^\"]+)\"");

    @Test
    void noPageParameterSharesItsNameWithAnIterationVariable() throws IOException {
        List<String> clashes = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page, StandardCharsets.UTF_8);
                Set<String> params = names(PARAM, INCLUDE.matcher(text).replaceAll(""));
                Set<String> vars = names(VAR, text);
                params.retainAll(vars);
                params.forEach(name -> clashes.add(page + ": " + name));
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void theCheckSeesAClash() {
        String page = "<ui:param name=\"c\" value=\"#{a}\"/><f:selectItems value=\"#{b}\" var=\"c\"/>"
                + "<ui:include src=\"x.xhtml\"><ui:param name=\"w\" value=\"#{w}\"/></ui:include>"
                + "<ui:repeat var=\"w\"/>";
        Set<String> params = names(PARAM, INCLUDE.matcher(page).replaceAll(""));
        params.retainAll(names(VAR, page));
        assertThat(params).containsExactly("c");
    }

    private static Set<String> names(Pattern pattern, String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
