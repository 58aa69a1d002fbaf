package io.tribune.search;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The analysis of an edition's text: its language's stop words and stemmer for the searched fields
 * (so "elections" finds "election", "выборах" finds "выборы"), and plain lower-cased words for the
 * field that "did you mean" draws its suggestions from.
 */
final class Analyzers {

    /** The unstemmed words of an article, for suggestions that read as real words. */
    static final String WORDS = "words";

    private Analyzers() {}

    static Analyzer of(Locale locale) {
        return new PerFieldAnalyzerWrapper(stemming(locale.getLanguage()), Map.of(WORDS, words()));
    }

    /** The language's own analyzer; languages Lucene has none for get the standard one (no stemming). */
    static Analyzer stemming(String language) {
        return switch (language) {
            case "en" -> new EnglishAnalyzer();
            case "ru" -> new RussianAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "ar" -> new ArabicAnalyzer();
            case "bg" -> new BulgarianAnalyzer();
            case "ca" -> new CatalanAnalyzer();
            case "cs" -> new CzechAnalyzer();
            case "da" -> new DanishAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "el" -> new GreekAnalyzer();
            case "fa" -> new PersianAnalyzer();
            case "fi" -> new FinnishAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "hi" -> new HindiAnalyzer();
            case "hu" -> new HungarianAnalyzer();
            case "id" -> new IndonesianAnalyzer();
            case "it" -> new ItalianAnalyzer();
            case "nl" -> new DutchAnalyzer();
            case "no", "nb", "nn" -> new NorwegianAnalyzer();
            case "pt" -> new PortugueseAnalyzer();
            case "ro" -> new RomanianAnalyzer();
            case "sv" -> new SwedishAnalyzer();
            case "tr" -> new TurkishAnalyzer();
            case "ja", "ko", "zh" -> new CJKAnalyzer();
            default -> new StandardAnalyzer();
        };
    }

    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
    }
}
