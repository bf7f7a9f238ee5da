package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dk.kulturmetropol.model.Labels;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Sentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Danish word the tool prints for an id is read back as that id: a question may be asked in the words an answer
 * uses. Actions in the infinitive (their sentence pattern's verb phrase) and the present (their label), and the verb
 * alone; nouns with and without their article, and their head noun alone; focus areas by the stem of their names.
 * Where a form fits several ids equally, the refusal names the id among them.
 */
class DanishFormsTest {
    private static final Governance G = Governance.kulturmetropolen();
    private static final Labels DA = G.labels(Language.DA);
    private static final Sentences WORDS = Sentences.of(DA);

    static Stream<Arguments> everyLabel() {
        List<Arguments> all = new ArrayList<>();
        for (String kind : List.of("action", "matter", "actor", "scope", "post", "body", "subject")) {
            for (String id : G.accepted(kind)) {
                if (!DA.has(kind, id)) {
                    continue;
                }
                List<String> forms = new ArrayList<>(List.of(DA.label(kind, id), DA.inSentence(kind, id)));
                if (kind.equals("action")) {
                    forms.add(infinitive(id));
                }
                forms.stream().distinct().forEach(form -> all.add(Arguments.of(kind, id, form)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("everyLabel")
    void should_read_every_danish_label_back_to_its_id(String kind, String id, String form) {
        // the id, one of several the form fits equally (refused, naming them), or an id whose own label the form is:
        // "Albertslund Kommune" is albertslund, though partner-municipality:albertslund is so named in a sentence
        List<String> read = readBack(kind, form);
        assertThat(read.contains(id) || read.size() == 1 && Terms.fold(DA.label(kind, read.get(0))).equals(Terms.fold(form)))
                .as("%s '%s' of %s read as %s", kind, form, id, read).isTrue();
    }

    static Stream<Arguments> everyVerb() {
        return G.accepted("action").stream().filter(id -> DA.has("action", id))
                .flatMap(id -> Stream.of(infinitive(id), DA.label("action", id)).map(phrase -> phrase.split(" ")[0]).distinct()
                        .map(verb -> Arguments.of(id, verb)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyVerb")
    void should_read_every_action_by_its_verb_alone(String id, String verb) {
        // the verb alone is the action, one of several the verb begins (refused, naming them), or an action whose whole
        // phrase the verb is: "deltage" is attend ("deltage"), not take-part ("deltage i")
        List<String> read = readBack("action", verb);
        assertThat(read.contains(id) || read.size() == 1 && (infinitive(read.get(0)).equals(verb) || DA.label("action", read.get(0)).equals(verb)
                || List.of(dk.kulturmetropol.model.Vocabulary.ACTIONS.get(read.get(0)).split(",\\s*")).contains(verb)))
                .as("action '%s' of %s read as %s", verb, id, read).isTrue();
    }

    /** An action's infinitive: the verb phrase of its sentence pattern, placeholders left out. */
    private static String infinitive(String action) {
        return WORDS.words("action." + action + ".do").orElseThrow().replaceAll("\\{[a-z]+}", " ").replaceAll("\\s+", " ").strip();
    }

    /** The id the words name, or every id they fit equally well. */
    private static List<String> readBack(String kind, String words) {
        try {
            return List.of(G.idOf(kind, words));
        } catch (AmbiguousTermException e) {
            return e.candidates();
        }
    }

    @Test
    void should_read_a_verb_alone_where_the_label_is_a_phrase_in_the_infinitive_and_the_present() {
        assertThat(G.idOf("action", "orientere")).isEqualTo("inform");
        assertThat(G.idOf("action", "orienterer")).isEqualTo("inform");
        assertThat(G.idOf("action", "orienteres")).isEqualTo("be-informed");
        assertThat(G.idOf("action", "foreslå")).isEqualTo("propose");
        assertThat(G.idOf("action", "foreslår")).isEqualTo("propose");
        assertThat(G.idOf("action", "engagere")).isEqualTo("engage");
        assertThat(G.idOf("action", "hente")).isEqualTo("consult");
        // a verb two actions begin with is refused naming both
        assertThat(catchThrowableOfType(AmbiguousTermException.class, () -> G.idOf("action", "have")).candidates())
                .contains("ensure", "oversee");
    }

    @Test
    void should_read_a_noun_by_its_head_alone_and_in_the_plural_where_the_text_uses_it() {
        assertThat(G.idOf("matter", "suppleant")).isEqualTo("political-substitute");
        assertThat(G.idOf("matter", "suppleanten")).isEqualTo("political-substitute");
        assertThat(G.idOf("matter", "næstformand")).isEqualTo("vice-chair");
        assertThat(G.idOf("matter", "næstformændene")).isEqualTo("vice-chair");
        assertThat(G.idOf("matter", "naestformaend")).isEqualTo("vice-chair");
        assertThat(G.idOf("actor", "næstformændene")).isEqualTo("vice-chair");
        assertThat(G.idOf("body", "styregruppen")).isEqualTo("political-steering-group");
        assertThat(G.idOf("body", "bestyrelsen")).isEqualTo("administrative-board");
        // a head noun of several matters names each; asked with a verb, the one the text pairs with it
        assertThat(catchThrowableOfType(AmbiguousTermException.class, () -> G.idOf("matter", "fremdrift")).candidates())
                .containsExactlyInAnyOrder("focus-area-progress", "progress");
        assertThat(G.who("orienteres", "fremdrift", Criteria.any()).map(d -> d.matter())).isNotEmpty()
                .containsOnly("focus-area-progress");
        // a head noun shared by the roles of nine partners is refused naming them
        assertThat(catchThrowableOfType(AmbiguousTermException.class, () -> G.idOf("actor", "suppleant")).candidates())
                .hasSize(9).allMatch(id -> id.startsWith("political-substitute:"));
        // the forms the text names before stay first: årsregnskab is the annual accounts, not the audited ones
        assertThat(G.idOf("matter", "årsregnskab")).isEqualTo("annual-accounts");
    }

    @Test
    void should_read_a_focus_area_by_the_stem_of_its_name() {
        assertThat(G.idOf("scope", "musik")).isEqualTo("music");
        assertThat(G.idOf("scope", "Musikindsats")).isEqualTo("music");
        assertThat(G.idOf("scope", "unge")).isEqualTo("youth");
        assertThat(G.idOf("scope", "kultur og sundhed")).isEqualTo("culture-and-health");
        assertThat(G.idOf("scope", "Kultur- og sundhed")).isEqualTo("culture-and-health");
        assertThatThrownBy(() -> G.idOf("scope", "kultur")).isInstanceOf(UnknownTermException.class);
    }
}
