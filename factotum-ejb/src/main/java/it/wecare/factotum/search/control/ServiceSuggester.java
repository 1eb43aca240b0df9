package it.wecare.factotum.search.control;

import it.wecare.factotum.search.control.ItalianText.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests the catalog's services from what a client writes ("devo imbiancare la cucina" → Tinteggiatura
 * interni), with the search's own Italian analysis and the operators' synonyms: a service scores two points
 * for each of the client's words (or a synonym's meaning) found in its name, one for each found in its
 * category's name. The best few, never a service no word points to; ties by name.
 */
public final class ServiceSuggester {

    /** What a service is called, in both languages, and what its category is called. */
    public record Service(String code, String name, String otherName, String categoryName, String otherCategoryName) {}

    private record Indexed(Service service, Set<String> own, Set<String> category) {}

    private final ItalianText italian;
    private final Synonyms synonyms;
    private final List<Indexed> services = new ArrayList<>();

    public ServiceSuggester(ItalianText italian, Synonyms synonyms, List<Service> catalog) {
        this.italian = italian;
        this.synonyms = synonyms;
        for (Service s : catalog) {
            services.add(new Indexed(
                    s, stems(s.name() + " " + s.otherName()), stems(s.categoryName() + " " + s.otherCategoryName())));
        }
    }

    private Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        italian.words(text == null ? "" : text).forEach(w -> stems.add(w.stem()));
        return stems;
    }

    /** At most {@code limit} service codes for the client's words, best first. */
    public List<String> suggest(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Word> words = italian.words(text);
        Set<String> query = new HashSet<>();
        for (Synonyms.Group group : synonyms.groups(words)) {
            group.alternatives().forEach(alternative -> alternative.forEach(w -> query.add(w.stem())));
        }
        Map<Indexed, Integer> scores = new LinkedHashMap<>();
        for (Indexed s : services) {
            int score = 0;
            for (String stem : query) {
                if (s.own().contains(stem)) {
                    score += 2;
                } else if (s.category().contains(stem)) {
                    score += 1;
                }
            }
            if (score > 0) {
                scores.put(s, score);
            }
        }
        return scores.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Indexed, Integer>>comparingInt(Map.Entry::getValue)
                        .reversed()
                        .thenComparing(e -> e.getKey().service().name()))
                .limit(limit)
                .map(e -> e.getKey().service().code())
                .toList();
    }
}
