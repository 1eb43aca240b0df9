package it.wecare.factotum.search.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.CharsRef;

/**
 * Italian text as search sees it, with Lucene's analysis: words split and elisions removed ("l'imbianchino"),
 * lower case, accents folded ("perché" = "perche"), Italian stop words dropped, word families joined by a
 * derivation list kept as data (tinteggiatura, tinteggiare, tinteggio), then the Italian light stemmer
 * (tinteggiature = tinteggiatura).
 */
public final class ItalianText {

    static final String DERIVATIONS = "/it/wecare/factotum/search/derivations_it.txt";
    private static final CharArraySet ELISIONS = new CharArraySet(
            Arrays.asList(
                    "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl",
                    "negl", "sugl", "un", "m", "t", "s", "v", "d", "quell", "quest", "sant"),
            true);

    private final SynonymMap derivations;
    private final CharArraySet stopWords;
    private final Analyzer stemming;
    private final Analyzer plain;

    public ItalianText(List<String> derivationLines) {
        this.derivations = derivations(derivationLines);
        CharArraySet folded = new CharArraySet(64, true);
        for (Object word : ItalianAnalyzer.getDefaultStopSet()) {
            folded.add(fold(new String((char[]) word)));
        }
        this.stopWords = CharArraySet.unmodifiableSet(folded);
        this.stemming = newStemmingAnalyzer();
        this.plain = newPlainAnalyzer();
    }

    /** The analysis with the derivation list shipped with Factotum. */
    public static ItalianText standard() {
        try (InputStream in = ItalianText.class.getResourceAsStream(DERIVATIONS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + DERIVATIONS);
            }
            List<String> lines = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .forEach(lines::add);
            return new ItalianText(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Lucene analyzer for indexing and querying Italian text (shared; thread-safe). */
    public Analyzer analyzer() {
        return stemming;
    }

    /** Words as written (shared; thread-safe), see {@link #words}. */
    public Analyzer plainAnalyzer() {
        return plain;
    }

    private Analyzer newStemmingAnalyzer() {
        return newAnalyzer(true);
    }

    /**
     * An analyzer for words as written: split, elisions removed, lower case, accents folded, stop words
     * dropped; no stemming and no derivations. Exact words and typos are matched on this form.
     */
    private Analyzer newPlainAnalyzer() {
        return newAnalyzer(false);
    }

    private Analyzer newAnalyzer(boolean stemming) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, ELISIONS);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, stopWords);
                if (stemming) {
                    if (derivations.fst != null) {
                        stream = new SynonymGraphFilter(stream, derivations, true);
                    }
                    stream = new ItalianLightStemFilter(stream);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /**
     * The words of {@code text} as search uses them: each word as written (folded) beside its search term
     * (derivation joined and stemmed). Stop words are left out.
     */
    public List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        for (String plain : terms(plainAnalyzer(), text)) {
            List<String> stems = terms(analyzer(), plain);
            words.add(new Word(plain, stems.isEmpty() ? plain : stems.get(0)));
        }
        return words;
    }

    /** A word of a query: as written (folded), and its search term. */
    public record Word(String plain, String stem) {}

    /** The terms {@code text} becomes, in order. */
    public List<String> terms(String text) {
        return terms(analyzer(), text);
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .trim();
    }

    private static SynonymMap derivations(List<String> lines) {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains(":")) {
                continue;
            }
            String canonical = fold(trimmed.substring(0, trimmed.indexOf(':')));
            for (String variant : trimmed.substring(trimmed.indexOf(':') + 1).split(",")) {
                String word = fold(variant);
                if (!word.isEmpty() && !word.equals(canonical) && !word.contains(" ")) {
                    builder.add(new CharsRef(word), new CharsRef(canonical), false);
                }
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
