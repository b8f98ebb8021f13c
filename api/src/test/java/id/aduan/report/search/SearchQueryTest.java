package id.aduan.report.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the search box's input becomes: web-search syntax, OR with ranking, prefixes, and nothing unsafe. */
class SearchQueryTest {

  @Test
  void plainWordsAreAlternativesAndTheLastOneAPrefixWhileTyped() {
    assertThat(SearchQuery.parse("jalan rusak")).isEqualTo(
        new SearchQuery("(jalan | rusak:*)", "jalan & rusak:*", "jalan rusak"));
    assertThat(SearchQuery.parse("jalan rusak ")).isEqualTo(
        new SearchQuery("(jalan | rusak)", "jalan & rusak", "jalan rusak"));
    assertThat(SearchQuery.parse("Sampah")).isEqualTo(new SearchQuery("sampah:*", null, "sampah"));
  }

  @Test
  void shortWordsAreNoPrefix() {
    assertThat(SearchQuery.parse("air di").any()).isEqualTo("(air | di)");
    assertThat(SearchQuery.parse("ktp").any()).isEqualTo("ktp:*");
  }

  @Test
  void phrasesAndExclusionsAreRequired() {
    assertThat(SearchQuery.parse("\"pasar ikan\" bau").any()).isEqualTo("(pasar <-> ikan) & bau:*");
    assertThat(SearchQuery.parse("lubang -pasar").any()).isEqualTo("lubang & !pasar");
    assertThat(SearchQuery.parse("lubang jalan -\"pasar ikan\"").any())
        .isEqualTo("(lubang | jalan) & !(pasar <-> ikan)");
    assertThat(SearchQuery.parse("\"pasar ikan\" or \"los daging\"").any())
        .isEqualTo("((pasar <-> ikan) | (los <-> daging))");
    assertThat(SearchQuery.parse("\"pasar ikan").any()).isEqualTo("(pasar <-> ikan)");
    assertThat(SearchQuery.parse("lubang -pasar").text()).as("no typo search").isNull();
  }

  @Test
  void orIsAKeywordBetweenTermsOnly() {
    assertThat(SearchQuery.parse("banjir or genangan ").any()).isEqualTo("(banjir | genangan)");
    assertThat(SearchQuery.parse("or").any()).isEqualTo("or");
  }

  @Test
  void everyWordIsLettersAndDigitsOnly() {
    assertThat(SearchQuery.parse("e-KTP 'rusak'!").any()).isEqualTo("(e | ktp | rusak)");
    assertThat(SearchQuery.parse("a:* & b | !(c) <-> d\\'").any()).isEqualTo("(a | b | c | d)");
    assertThat(SearchQuery.parse("Jl.Sudirman RT05").text()).isEqualTo("jl sudirman rt05");
  }

  @Test
  void inputWithoutAWordIsNoSearch() {
    assertThat(SearchQuery.parse("")).isNull();
    assertThat(SearchQuery.parse("  ' & | ! ( ) : * <-> ")).isNull();
    assertThat(SearchQuery.parse("-pasar")).isNull();
    assertThat(SearchQuery.parse("\"\"")).isNull();
  }

  @Test
  void wordsAndTheirLengthAreBounded() {
    SearchQuery q = SearchQuery.parse("a b c d e f g h i j k l m n o p");
    assertThat(q.text().split(" ")).hasSize(SearchQuery.MAX_WORDS);
    assertThat(q.any()).doesNotContain(":*");
    assertThat(SearchQuery.parse("x".repeat(100)).text()).hasSize(SearchQuery.MAX_WORD);
  }

  /** Random input never yields anything but words and the operators the builder writes. */
  @Test
  void randomInputGivesWellFormedQueries() {
    Random random = new Random(21);
    String alphabet = "ab cdé\"'-:*&|!()<>\\ 9or\t\u0000\uD83D\uDE00ß";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder in = new StringBuilder();
      int len = random.nextInt(30);
      for (int i = 0; i < len; i++) {
        in.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      SearchQuery q = SearchQuery.parse(in.toString());
      if (q != null) {
        assertThat(q.any()).as(in.toString()).matches(WELL_FORMED);
        if (q.all() != null) {
          assertThat(q.all()).as(in.toString()).matches(WELL_FORMED);
        }
      }
    }
  }

  static final String WELL_FORMED = "[\\p{L}\\p{N} ()|&!<>:*-]+";
}
