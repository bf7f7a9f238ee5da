package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.Review.Fact;
import dk.kulturmetropol.rules.Review.Section;
import dk.kulturmetropol.rules.Review.Sentence;
import dk.kulturmetropol.rules.internal.KommissoriumText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotated text as data: the whole kommissorium in its order, each clause's sentence once with every fact that
 * rests on it, the sentences without a duty with their reasons, and counts that add up; checked against what the
 * rules state ({@code allFacts}), the catalogue and the text, each read on their own.
 */
class ReviewTest {
    private static final Governance G = Governance.kulturmetropolen();
    private static final Review DA = G.review(Criteria.any(), Language.DA);

    @TempDir
    static Path dir;

    private static List<Sentence> sentences(Review r) {
        return r.sections().stream().flatMap(s -> s.sentences().stream()).toList();
    }

    private static Sentence sentenceOf(Review r, String clauseId) {
        return sentences(r).stream().filter(s -> s.clauseIds().contains(clauseId)).findFirst().orElseThrow();
    }

    @Test
    void should_give_the_sections_in_the_texts_order_with_their_headings_word_for_word() {
        assertThat(DA.sections()).extracting(Section::id)
                .containsExactly("psg", "kmk", "chairs", "vice", "board", "secretariat", "home", "chief", "partner");
        for (Section s : DA.sections()) {
            Clause any = G.clauses().values().stream().filter(c -> c.id().startsWith(s.id() + ".")).findFirst().orElseThrow();
            assertThat(s.heading()).isEqualTo(any.section());
            assertThat(s.source()).isEqualTo("Kommissorium for Kulturmetropolen 2021-2024");
        }
        assertThat(DA.title()).isEqualTo("Kommissorium for Kulturmetropolen 2021-2024: teksten sætning for sætning og det, reglerne udleder af den");
    }

    @Test
    void should_give_every_clause_its_sentence_once_verbatim_and_in_the_texts_order() throws IOException {
        // given the text as a reader sees it
        String text = KommissoriumText.normalise(new String(ReviewTest.class.getResourceAsStream("/" + KommissoriumText.TEXT).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8));

        // when the sentences are read in order
        List<String> ids = new ArrayList<>();
        int at = 0;
        for (Sentence s : sentences(DA)) {
            ids.addAll(s.clauseIds());
            int found = text.indexOf(s.text(), at);
            assertThat(found).as("'%s' after position %d of the text", s.text(), at).isGreaterThanOrEqualTo(0);
            at = s.heading() ? at : found;
            s.clauseIds().forEach(id -> assertThat(s.text()).isEqualTo(G.clauses().get(id).quote()));
        }

        // then every clause has its sentence, once
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(G.clauses().keySet());
    }

    @Test
    void should_put_every_fact_the_rules_state_under_each_clause_it_rests_on_in_their_order() {
        // given what the rules state, by clause
        Map<String, List<Derived>> byClause = new LinkedHashMap<>();
        for (Derived d : G.allFacts()) {
            d.clauseIds().stream().distinct().forEach(id -> byClause.computeIfAbsent(id, k -> new ArrayList<>()).add(d));
        }

        // then each clause's sentence has those facts, and no other
        for (String id : G.clauses().keySet()) {
            assertThat(sentenceOf(DA, id).facts()).extracting(Fact::fact).as(id).containsExactlyElementsOf(byClause.getOrDefault(id, List.of()));
        }
    }

    @Test
    void should_write_each_fact_as_duties_does_with_who_when_and_its_reading() {
        Sentences da = Sentences.of(G.labels(Language.DA));
        for (Sentence s : sentences(DA)) {
            for (Fact f : s.facts()) {
                assertThat(f.sentence()).isEqualTo(da.of(f.fact(), f.row()::resolved));
                assertThat(f.when()).isEqualTo(da.validity(f.fact().validity()));
                assertThat(f.reading() != null).isEqualTo(f.fact().reading() != null);
            }
        }
        assertThat(sentenceOf(DA, "kmk.tasks-5").facts()).extracting(Fact::sentence)
                .contains("KMK godkender hvert år det kommende års årsplan for Musikindsatsen.");
        assertThat(sentenceOf(DA, "psg.tasks-1").facts()).singleElement().satisfies(f ->
                assertThat(f.reading()).isEqualTo("fortolkning: " + da.reading(f.fact().reading())).contains("øverste besluttende myndighed"));
        assertThat(sentenceOf(DA, "chairs.tasks-1").facts()).singleElement().satisfies(f -> {
            assertThat(f.who()).isEqualTo("den politiske formand (kulturudvalgsformanden i Ishøj Kommune)");
            assertThat(f.when()).isEqualTo("gælder fra 1. januar 2021 til 31. december 2024");
        });
        assertThat(sentenceOf(DA, "vice.who-1").facts()).anySatisfy(f -> assertThat(f.who()).isEqualTo("teksten nævner ingen"));
        // who, as an id: what a writer needs to name several bearers at once
        assertThat(sentenceOf(DA, "chairs.tasks-1").facts()).extracting(Fact::bearer).containsExactly("political-chair");
        assertThat(sentenceOf(DA, "psg.who").facts()).extracting(Fact::bearer).contains("culture-committee-chair:albertslund", "culture-committee-chair:roskilde");
        assertThat(sentenceOf(DA, "vice.who-1").facts()).filteredOn(f -> f.who().equals("teksten nævner ingen")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.bearer()).isNull());
    }

    @Test
    void should_say_why_each_listed_sentence_states_no_duty_and_count_each_section() {
        // the list of sentences without a duty, read on its own
        List<KommissoriumText.Listed> listed = KommissoriumText.parseListed(new String(readResource(KommissoriumText.WITHOUT_DUTY),
                java.nio.charset.StandardCharsets.UTF_8));
        for (KommissoriumText.Listed e : listed) {
            assertThat(sentences(DA)).filteredOn(s -> s.text().equals(e.sentence()))
                    .isNotEmpty().allSatisfy(s -> {
                        assertThat(s.reason()).isEqualTo(e.reason());
                        assertThat(s.clauseIds()).isEmpty();
                        assertThat(s.facts()).isEmpty();
                    });
        }
        assertThat(sentences(DA)).filteredOn(s -> s.text().equals("Hvem")).hasSize(8)
                .allSatisfy(s -> assertThat(s.reasonText()).isEqualTo("Fastsætter ingen pligt: en overskrift."));
        assertThat(sentences(DA)).filteredOn(s -> s.text().startsWith("På den måde")).singleElement()
                .satisfies(s -> assertThat(s.reasonText()).isEqualTo("Fastsætter ingen pligt: en begrundelse."));
        assertThat(sentences(DA)).noneMatch(Sentence::unread);

        for (Section s : DA.sections()) {
            Set<Fact> facts = Collections.newSetFromMap(new IdentityHashMap<>());
            s.sentences().forEach(x -> facts.addAll(x.facts()));
            Review.Counts c = s.counts();
            assertThat(c.sentences()).isEqualTo(s.sentences().size()).isEqualTo(c.read() + c.noDuty() + c.unread());
            assertThat(c.noDuty()).isEqualTo(s.sentences().stream().filter(x -> x.reason() != null).count());
            assertThat(c.facts()).isEqualTo(facts.size());
            assertThat(c.readings()).isEqualTo(facts.stream().filter(f -> f.reading() != null).count());
        }
        // one sentence, partner.joiners, has nothing to read while no partner joins during the period
        assertThat(DA.section("partner").orElseThrow().counts().unread()).isEqualTo(1);
        assertThat(sentenceOf(DA, "partner.joiners").reasonText())
                .isEqualTo("Reglerne udleder intet af denne sætning for Kulturmetropolen 2021-2024.");
    }

    @Test
    void should_read_a_day_with_its_facts_and_actors_of_that_day() {
        // given an agreement that Gladsaxe joins on 1 January 2023
        Governance later = G.withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null));

        // when the text is read over the period, before Gladsaxe joins, and after
        Review whole = later.review(Criteria.any(), Language.DA);
        Review before = later.review(Criteria.any().asOf(LocalDate.of(2022, 6, 1)), Language.DA);
        Review after = later.review(Criteria.any().asOf(LocalDate.of(2023, 6, 1)), Language.DA);

        // then the joiners' sentence has facts over the period and after, none before, and says so in words
        assertThat(sentenceOf(whole, "partner.joiners").facts()).isNotEmpty();
        assertThat(sentenceOf(after, "partner.joiners").facts()).isNotEmpty();
        assertThat(sentenceOf(before, "partner.joiners").facts()).isEmpty();
        assertThat(sentenceOf(before, "partner.joiners").reasonText())
                .isEqualTo("Reglerne udleder intet af denne sætning for Kulturmetropolen 2021-2024 den 1. juni 2022.");
        assertThat(sentenceOf(before, "psg.who").facts()).extracting(Fact::sentence).noneMatch(s -> s.contains("Gladsaxe"));
        assertThat(sentenceOf(after, "psg.who").facts()).extracting(Fact::sentence).anyMatch(s -> s.contains("Gladsaxe"));
        assertThat(before.asOf()).isEqualTo(LocalDate.of(2022, 6, 1));
    }

    @Test
    void should_refuse_a_day_outside_the_agreement_naming_it() {
        assertThatThrownBy(() -> G.review(Criteria.any().asOf(LocalDate.of(2025, 3, 1)), Language.EN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-03-01").hasMessageContaining("2021-01-01 to 2024-12-31");
    }

    @Test
    void should_keep_the_texts_words_in_english_and_write_the_rest_in_english() {
        Review en = G.review(Criteria.any(), Language.EN);
        assertThat(en.sections()).extracting(Section::heading).containsExactlyElementsOf(DA.sections().stream().map(Section::heading).toList());
        assertThat(sentences(en)).extracting(Sentence::text).containsExactlyElementsOf(sentences(DA).stream().map(Sentence::text).toList());
        assertThat(sentenceOf(en, "kmk.tasks-5").facts()).extracting(Fact::sentence)
                .contains("Each year KMK approves the coming year's annual plan for the music focus area.");
        assertThat(sentences(en)).filteredOn(Sentence::heading).allSatisfy(s -> assertThat(s.reasonText()).isEqualTo("States no duty: a heading."));
    }

    @Test
    void should_show_a_fact_a_pack_adds_under_its_own_sentence_after_the_text_and_a_sentence_a_pack_empties_as_read_in_nothing()
            throws IOException {
        // given a pack with a rule citing a clause of its own, and one that deletes what one sentence of the text states
        Path pack = dir.resolve("review-pack.drl");
        Files.writeString(pack, """
                package test.review;
                import dk.kulturmetropol.model.*;
                import dk.kulturmetropol.rules.pack.Derive;

                rule "r-own" @source("Own rules (test)") @section("Own rules") @clause("own.report") @quote("KMK reports <b>yearly</b> | *twice*.")
                when AgreementPeriod($v : validity)
                then insert(Derive.must("kmk", "report", "annual-plan", $v));
                end

                rule "r-no-kmk-meetings" @clause("kmk.meetings")
                when $d : Duty(clauseId == "kmk.meetings")
                then delete($d);
                end
                """);
        Governance g = Governance.builder().rulePack(pack).build();

        // when the text is read
        Review r = g.review(Criteria.any(), Language.EN);

        // then the pack's own clause follows the text, in a section of its own, with its fact under it
        assertThat(r.sections()).hasSize(DA.sections().size() + 1);
        Section own = r.sections().get(r.sections().size() - 1);
        assertThat(own.heading()).isEqualTo("Own rules");
        assertThat(own.source()).isEqualTo("Own rules (test)");
        assertThat(own.sentences()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("KMK reports <b>yearly</b> | *twice*.");
            assertThat(s.clauseIds()).containsExactly("own.report");
            assertThat(s.facts()).singleElement().satisfies(f -> assertThat(f.fact().rule()).isEqualTo("r-own"));
        });
        assertThat(own.counts()).isEqualTo(new Review.Counts(1, 1, 0, 0, 1, 0));
        // and the sentence whose facts the pack deleted reads nothing, counted, where without the pack it has its fact
        assertThat(sentenceOf(r, "kmk.meetings").facts()).isEmpty();
        assertThat(sentenceOf(r, "kmk.meetings").reasonText()).isEqualTo("The rules read nothing in this sentence for Kulturmetropolen 2021-2024.");
        assertThat(r.section("kmk").orElseThrow().counts().unread()).isEqualTo(1);
        assertThat(sentenceOf(DA, "kmk.meetings").facts()).isNotEmpty();
        assertThat(DA.section("kmk").orElseThrow().counts().unread()).isZero();
    }

    private static byte[] readResource(String path) {
        try (var in = ReviewTest.class.getResourceAsStream("/" + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
