package it.wecare.factotum.search.control;

import it.wecare.factotum.search.control.ItalianText.Word;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The synonyms operators keep: each rule says that some words or phrases ("imbianchino", "svuotare
 * cantina") mean what clients find under other words ("tinteggiature", "sgomberi"). Phrases are compared
 * word by word on their search terms, so "svuotare la cantina" and "svuotate le cantine" match "svuotare
 * cantina"; a word of five letters or more also matches with one typo.
 */
public final class Synonyms {

    /** Words this long or longer forgive one typo. */
    public static final int TYPO_MIN_LENGTH = 5;

    private final List<Rule> rules;

    private Synonyms(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Synonyms none() {
        return new Synonyms(List.of());
    }

    /**
     * Rules from pairs of text: {@code words} is a comma-separated list of words or phrases, {@code
     * meaning} the words they stand for.
     */
    public static Synonyms of(ItalianText text, List<Definition> definitions) {
        List<Rule> rules = new ArrayList<>();
        for (Definition definition : definitions) {
            List<Word> meaning = text.words(definition.meaning());
            if (meaning.isEmpty()) {
                continue;
            }
            for (String phrase : definition.words().split(",")) {
                List<Word> words = text.words(phrase);
                if (!words.isEmpty()) {
                    rules.add(new Rule(words.stream().map(Matcher::new).toList(), meaning));
                }
            }
        }
        // longest phrases first, so "svuotare la cantina" wins over "cantina"
        rules.sort((a, b) -> Integer.compare(b.phrase().size(), a.phrase().size()));
        return new Synonyms(rules);
    }

    public int size() {
        return rules.size();
    }

    /**
     * Splits a query into groups, each matched as a whole: a group is the query's own words and, where a
     * rule's phrase starts at that point, the rule's meaning as a second way to match.
     */
    public List<Group> groups(List<Word> query) {
        List<Group> groups = new ArrayList<>();
        int i = 0;
        while (i < query.size()) {
            Rule found = null;
            for (Rule rule : rules) {
                if (rule.matchesAt(query, i)) {
                    found = rule;
                    break;
                }
            }
            if (found == null) {
                groups.add(new Group(List.of(List.of(query.get(i)))));
                i++;
            } else {
                int end = i + found.phrase().size();
                groups.add(new Group(List.of(List.copyOf(query.subList(i, end)), found.meaning())));
                i = end;
            }
        }
        return groups;
    }

    /** Text of one rule as kept in the database. */
    public record Definition(String words, String meaning) {}

    /** Query words matched together: by any one of the alternatives, each a list of words all required. */
    public record Group(List<List<Word>> alternatives) {}

    private record Rule(List<Matcher> phrase, List<Word> meaning) {
        boolean matchesAt(List<Word> query, int start) {
            if (start + phrase.size() > query.size()) {
                return false;
            }
            for (int k = 0; k < phrase.size(); k++) {
                if (!phrase.get(k).matches(query.get(start + k))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class Matcher {
        private final Word word;
        private final CharacterRunAutomaton typo;

        Matcher(Word word) {
            this.word = word;
            this.typo = word.plain().length() >= TYPO_MIN_LENGTH
                    ? new CharacterRunAutomaton(new LevenshteinAutomata(word.plain(), true).toAutomaton(1))
                    : null;
        }

        boolean matches(Word candidate) {
            return word.stem().equals(candidate.stem())
                    || word.plain().equals(candidate.plain())
                    || (typo != null && candidate.plain().length() >= TYPO_MIN_LENGTH && typo.run(candidate.plain()));
        }
    }
}
