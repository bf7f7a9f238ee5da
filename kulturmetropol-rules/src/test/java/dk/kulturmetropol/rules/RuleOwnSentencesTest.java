package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.internal.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule of the kommissorium gives its own sentence in Danish and in English ({@code @da}, {@code @en}, beside
 * {@code @clause}), written from the text; {@code --lang} prints it for the rule's facts, and only packs that give none
 * are composed from labels.
 */
class RuleOwnSentencesTest {
    private static final Governance G = Governance.kulturmetropolen();
    /** Strings the audit found in the tool's Danish, none of which may remain. */
    private static final List<String> NOT_DANISH = notDanish(Path.of("src/test/resources/not-danish.txt"));

    /** The lines of {@code file} that are not comments: the strings none of the tool's Danish may hold. */
    static List<String> notDanish(Path file) {
        try {
            return java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TempDir
    Path dir;

    /** The library's rules that state what the text says (not the mechanics of derived facts or data packs). */
    private static Set<String> kommissoriumRules() {
        Set<String> names = new TreeSet<>();
        Engine.kommissorium().base().getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            if (!r.getMetaData().containsKey("derived") && !r.getMetaData().containsKey("datapack")) {
                names.add(r.getName());
            }
        }));
        return names;
    }

    @Test
    void should_give_every_kommissorium_rule_its_own_sentence_in_danish_and_in_english() {
        // given every rule of the kommissorium
        Set<String> rules = kommissoriumRules();

        // when their sentences are looked up in each language
        List<String> without = new ArrayList<>();
        for (String rule : rules) {
            for (Language language : Language.values()) {
                if (!G.ruleSentences(language).containsKey(rule)) {
                    without.add(rule + " (no @" + language.id() + ")");
                }
            }
        }

        // then none lacks one
        assertThat(rules).hasSizeGreaterThan(100);
        assertThat(without).as("rules without their own sentence").isEmpty();
    }

    @Test
    void should_write_every_fact_of_a_rule_with_a_sentence_in_that_sentence_with_every_placeholder_filled() {
        // given every fact of the shipped agreement, whose rules run for every focus area and every partner
        List<String> problems = new ArrayList<>();
        Set<String> scopes = new TreeSet<>();
        for (Language language : Language.values()) {
            Sentences words = Sentences.of(G.labels(language));
            for (Derived fact : G.allFacts()) {
                if (!G.ruleSentences(language).containsKey(fact.rule())) {
                    continue;
                }
                // when the fact is written in its rule's sentence
                String own = words.own(fact, id -> List.of()).orElse(null);

                // then it is written so, with no placeholder left
                if (own == null) {
                    problems.add(language.id() + " " + fact.rule() + ": its sentence does not fit " + fact);
                } else if (own.matches("(?s).*\\{[A-Za-z0-9_.-]*}.*")) {
                    problems.add(language.id() + " " + fact.rule() + ": " + own);
                } else if (!own.equals(words.of(fact))) {
                    problems.add(language.id() + " " + fact.rule() + ": of() writes another sentence than the rule's own");
                }
                if (fact instanceof Duty d && d.scope() != null) {
                    scopes.add(d.scope());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(scopes).containsAll(G.agreement().focusAreaIds()).containsAll(G.agreement().partnerIds());
    }

    @Test
    void should_write_no_danish_the_audit_found_wrong() {
        // given every fact in Danish
        Sentences da = Sentences.of(G.labels(Language.DA));

        // when each is written
        List<String> found = new ArrayList<>();
        for (Derived fact : G.allFacts()) {
            String reading = fact.reading() == null ? "" : da.reading(fact.reading());
            for (String sentence : List.of(da.of(fact), reading)) {
                notDanishIn(sentence).forEach(bad -> found.add(fact.rule() + ": '" + bad + "' in " + sentence));
            }
        }

        // then none says what the audit found
        assertThat(found).isEmpty();
    }

    @Test
    void should_find_a_wrong_string_in_any_case() {
        // "læsning:" is found capitalised at the start of a line, as the calendar once wrote it
        assertThat(notDanishIn("Læsning: Teksten angiver ingen dato.")).containsExactly("læsning:");
        assertThat(notDanishIn("fortolkning: »partnerne« forstås som partnerkommunerne")).isEmpty();
    }

    /** The strings of the audit's list that {@code text} holds, case ignored. */
    private static List<String> notDanishIn(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return NOT_DANISH.stream().filter(bad -> lower.contains(bad.toLowerCase(java.util.Locale.ROOT))).toList();
    }

    @Test
    void should_fill_the_area_and_partner_placeholders_with_their_names() {
        // given KMK's duty for the music focus area and KMK's member from Roskilde
        Derived vision = G.allFacts().stream().filter(f -> f.rule().equals("kmk-ensures-shared-vision")
                && "music".equals(((Duty) f).scope())).findFirst().orElseThrow();
        Derived member = G.allFacts().stream().filter(f -> f.rule().equals("kmk-members-are-culture-chiefs")
                && f.toString().contains("roskilde")).findFirst().orElseThrow();

        // when they are written in Danish and English
        Sentences da = Sentences.of(G.labels(Language.DA));
        Sentences en = Sentences.of(G.labels(Language.EN));

        // then the names stand where the placeholders were
        assertThat(da.of(vision)).isEqualTo("KMK skal sikre, at Musikindsatsen understøtter den samlede vision.");
        assertThat(en.of(vision)).isEqualTo("KMK must ensure that the music focus area supports the overall vision.");
        assertThat(da.of(member)).contains("Roskilde Kommune er repræsenteret i KMK");
    }

    @Test
    void should_name_unknown_placeholders_in_a_sentence() {
        assertThat(Sentences.unknownPlaceholders("{actor} leder {omraade} for {to} og {omraade}.")).containsExactly("omraade");
        assertThat(Sentences.unknownPlaceholders("{actor} godkender {area} {due}.")).isEmpty();
    }

    @Test
    void should_refuse_a_data_pack_sentence_with_an_unknown_placeholder_at_its_line() {
        // given an entry whose Danish sentence names {omraade}
        String yaml = "source: S\nduties:\n  - clause: t.x\n    quote: Q.\n    for: each-focus-area\n    actor: kmk\n"
                + "    action: publish\n    matter: programme\n    sentence:\n      en: \"{actor} publishes it for {area}.\"\n"
                + "      da: \"{actor} offentliggør det for {omraade}.\"\n";

        // when it is read, then it is refused at the line of the sentence
        assertThatThrownBy(() -> DataPackYaml.parse(yaml, "p.yaml")).isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 11: the da sentence uses the unknown placeholder {omraade}; expected one of: "
                        + "{actor}, {to}, {with}, {area}, {partner}, {post}, {body}, {host}, {frequency}, {due}, {condition}, {period}");
    }

    @Test
    void should_write_a_data_pack_entry_in_its_own_sentence_and_one_without_from_labels() {
        // given a pack with one entry giving its sentence and one not
        String yaml = "source: S\nduties:\n  - clause: t.own\n    quote: Q.\n    for: each-focus-area\n"
                + "    actor: \"home-municipality:${area}\"\n    action: report\n    matter: focus-area-progress\n"
                + "    scope: \"${area}\"\n    to: [kmk]\n    due: \"--03-01\"\n    sentence:\n"
                + "      da: \"{actor} gør status over {area} over for {to}.\"\n      en: \"{actor} reviews the {area} focus area for {to}.\"\n"
                + "  - clause: t.composed\n    quote: R.\n    for: the-agreement\n    actor: kmk\n    action: approve\n    matter: annual-plan\n";
        DataPackYaml.Pack pack = DataPackYaml.parse(yaml, "p.yaml");

        // when their duties are written
        Sentences da = Sentences.of(dk.kulturmetropol.model.Labels.of(Language.DA, G.agreement(), pack.labels().get(Language.DA)));
        Duty own = pack.duties().get(0).forFocusArea("data-pack-duty-for-each-focus-area", "music", "roskilde", G.agreement().period());
        Duty composed = pack.duties().get(1).forAgreement("data-pack-duty-for-the-agreement", G.agreement().period());

        // then the first reads as its own sentence, its deadline added; the second is composed
        assertThat(da.of(own)).isEqualTo("Hjemkommunen for Musikindsatsen gør status over Musikindsatsen over for KMK, "
                + "hvert år senest den 1. marts, første gang den 1. marts 2021.");
        assertThat(da.of(composed)).isEqualTo("KMK skal godkende årsplanen.");
    }

    @Test
    void should_refuse_a_drl_pack_rule_with_an_unknown_placeholder_at_its_line() throws IOException {
        // given a pack rule whose English sentence names {omraade}
        Path unknown = Files.writeString(dir.resolve("unknown.drl"), "package p;\n\nimport dk.kulturmetropol.model.*;\n"
                + "import dk.kulturmetropol.rules.pack.Derive;\n\nrule \"p-unknown\"\n    @clause(\"psg.who\")\n"
                + "    @da(\"KMK leder {area}.\")\n    @en(\"KMK leads {omraade}.\")\nwhen\n    AgreementPeriod($v : validity)\n"
                + "then\n    insert(Derive.must(\"kmk\", \"lead\", \"secretariat\", $v));\nend\n");

        // when it is built, then it is refused at the rule's line, naming the placeholders accepted
        assertThatThrownBy(() -> Governance.builder().rulePack(unknown).build()).isInstanceOf(RulePackException.class)
                .hasMessage(unknown + ":6: rule 'p-unknown': @en uses the unknown placeholder {omraade}; expected one of: "
                        + "{actor}, {to}, {with}, {area}, {partner}, {post}, {body}, {host}, {frequency}, {due}, {condition}, {period}");
    }
}
