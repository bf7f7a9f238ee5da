package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import dk.kulturmetropol.model.Condition;
import dk.kulturmetropol.model.Due;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Frequency;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Partner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Data-only packs: duties as YAML, turned into duties by fixed rules; nothing compiled, everything refused at its line. */
class DataPackTest {

    private static final String HEADER = "source: Test source\nduties:\n";
    private static final String PROGRAMME = HEADER
            + "  - clause: test.programme\n"
            + "    quote: Each partner publishes its programme by 1 February.\n"
            + "    for: each-partner\n"
            + "    actor: \"partner-municipality:${partner}\"\n"
            + "    action: publish\n"
            + "    matter: cultural-programme\n"
            + "    scope: \"${partner}\"\n"
            + "    to: [kmk]\n"
            + "    due: \"--02-01\"\n";

    @TempDir
    Path dir;

    private Governance with(String yaml) throws IOException {
        return Governance.builder().rulePack(Files.writeString(dir.resolve("pack.yaml"), yaml)).build();
    }

    @Test
    void should_give_each_partner_the_duty_citing_the_entry() throws IOException {
        Governance g = with(PROGRAMME);

        Answer<Duty> answer = g.who("publish", "cultural-programme", Criteria.any().scope("koege"));

        assertThat(answer.facts()).singleElement().satisfies(d -> {
            assertThat(d.actor()).isEqualTo("partner-municipality:koege");
            assertThat(d.recipients()).containsExactly("kmk");
            assertThat(d.due()).isEqualTo(Due.yearlyOn(MonthDay.of(2, 1)));
        });
        assertThat(answer.rows().get(0).clause().quote()).isEqualTo("Each partner publishes its programme by 1 February.");
        // the row names the pack's file, whatever the pack calls its source
        assertThat(answer.rows().get(0).clause().source()).isEqualTo("pack.yaml");
        assertThat(answer.rows().get(0).clause().section()).isEqualTo("Test source (pack.yaml)");
        assertThat(g.who("publish", "cultural-programme").facts()).hasSize(9);
    }

    @Test
    void should_name_the_packs_file_even_when_it_calls_itself_a_section_of_the_kommissorium() throws IOException {
        // given a pack whose source reads like a kommissorium section and whose clause id like one of its clauses
        Path pack = Files.writeString(dir.resolve("impostor.yaml"), "source: Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)\n"
                + "duties:\n  - { clause: kmk.tasks-99, quote: KMK publishes the programme., for: the-agreement, actor: kmk, action: publish, "
                + "matter: cultural-programme }\n");

        // when a row rests on it
        Row<Duty> row = Governance.builder().rulePack(pack).build().who("publish", "cultural-programme").rows().get(0);

        // then the row says which file it comes from
        assertThat(row.clause().source()).isEqualTo("impostor.yaml");
        assertThat(row.clause().section()).endsWith("(impostor.yaml)");
    }

    @Test
    void should_refuse_a_second_pack_that_relabels_another_packs_id_naming_both_files() throws IOException {
        Path first = Files.writeString(dir.resolve("first.yaml"), PROGRAMME + "labels:\n  en: { matter.cultural-programme: cultural programme }\n");
        Path second = Files.writeString(dir.resolve("second.yaml"), PROGRAMME.replace("test.programme", "other.programme")
                + "labels:\n  en: { matter.cultural-programme: budget }\n");
        Path same = Files.writeString(dir.resolve("same.yaml"), PROGRAMME.replace("test.programme", "same.programme")
                + "labels:\n  en: { matter.cultural-programme: cultural programme }\n");

        assertThatThrownBy(() -> Governance.builder().rulePack(first).rulePack(second).build()).isInstanceOf(RulePackException.class)
                .hasMessage(second + ": label 'matter.cultural-programme' (en) is 'budget', but " + first
                        + " labels it 'cultural programme'; one id has one label: label it in one pack");
        // the same words twice are no collision
        assertThat(Governance.builder().rulePack(first).rulePack(same).build().labels(dk.kulturmetropol.model.Language.EN)
                .label("matter", "cultural-programme")).isEqualTo("cultural programme");
    }

    @Test
    void should_never_set_a_deadline_before_a_partner_joins() throws IOException {
        Governance g = with(PROGRAMME).withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 6, 1), null));

        Duty gladsaxe = g.who("publish", "cultural-programme", Criteria.any().scope("gladsaxe")).facts().get(0);

        assertThat(gladsaxe.validity().from()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(gladsaxe.due().occurrencesWithin(gladsaxe.validity())).containsExactly(LocalDate.of(2024, 2, 1));
        assertThat(g.who("publish", "cultural-programme", Criteria.any().scope("gladsaxe").asOf(LocalDate.of(2023, 1, 1))).isEmpty()).isTrue();
    }

    @Test
    void should_give_each_focus_area_and_the_agreement_their_duties_with_typed_time() throws IOException {
        Governance g = with(HEADER
                + "  - { clause: test.area, quote: Q1., for: each-focus-area, actor: \"home-municipality:${area}\", action: report,"
                + " matter: focus-area-progress, scope: \"${area}\", to: [\"culture-chief:${home}\"], frequency: { per: year, min: 2, max: 2 } }\n"
                + "  - { clause: test.whole, quote: Q2., for: the-agreement, actor: kmk, action: discuss, matter: next-period,"
                + " modality: may, condition: between-meetings, due: \"2024-06-30\" }\n");

        assertThat(g.who("report", "focus-area-progress", Criteria.any().scope("music")).facts())
                .filteredOn(d -> d.clauseId().equals("test.area")).singleElement().satisfies(d -> {
                    assertThat(d.actor()).isEqualTo("home-municipality:music");
                    assertThat(d.recipients()).containsExactly("culture-chief:roskilde");
                    assertThat(d.frequency()).isEqualTo(Frequency.perYear(2));
                });
        assertThat(g.who("discuss", "next-period").facts()).singleElement().satisfies(d -> {
            assertThat(d.modality()).isEqualTo(Modality.MAY);
            assertThat(d.condition()).isEqualTo(Condition.BETWEEN_MEETINGS);
            assertThat(d.due()).isEqualTo(Due.on(LocalDate.of(2024, 6, 30)));
        });
    }

    @Test
    void should_not_touch_the_kommissorium_or_the_default_governance() throws IOException {
        with(PROGRAMME);

        assertThat(Governance.kulturmetropolen().accepted("action")).doesNotContain("publish");
        assertThat(Governance.kulturmetropolen().clauses()).doesNotContainKey("test.programme");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown key|acter|kmk|line 9: unknown key 'duties[0].acter'; expected one of: action, actor,",
            "bad for|for|each-municipality|line 5: 'for' is 'each-municipality', expected one of: the-agreement, each-partner, each-focus-area",
            "wrong placeholder|matter|'\"programme-${area}\"'|line 8: matter 'programme-${area}' uses ${area}; this entry's 'for' gives ${partner}",
            "code as an id|action|'\"x\\\"); System.exit(1); (\\\"\"'|line 7: action 'x\"); System.exit(1); (\"' is not an id",
            "bad due|due|'\"1 February\"'|line 9: due is '1 February', expected a date YYYY-MM-DD or a yearly month-day --MM-DD",
            "bad condition|condition|sometimes|line 9: condition is 'sometimes', expected one of: between-meetings,",
            "kommissorium clause|clause|kmk.tasks-5|line 3: clause 'kmk.tasks-5' is a clause of the kommissorium",
            "impossible due|due|'\"2023-02-30\"'|line 9: due: '2023-02-30' is an impossible date: February 2023 has 28 days",
            "bad frequency|frequency|'{ per: week }'|line 9: frequency 'per' is 'week', expected one of: year, quarter, continuously, as-needed"})
    void should_refuse_a_bad_entry_naming_file_line_and_what_is_accepted(String what, String key, String value, String message)
            throws IOException {
        java.util.Map<String, String> entry = new java.util.LinkedHashMap<>();
        entry.put("clause", "test.x");
        entry.put("quote", "Q.");
        entry.put("for", "each-partner");
        entry.put("actor", "\"partner-municipality:${partner}\"");
        entry.put("action", "publish");
        entry.put("matter", "programme");
        entry.put(key, value);
        StringBuilder yaml = new StringBuilder(HEADER);
        entry.forEach((k, v) -> yaml.append(yaml.toString().endsWith("duties:\n") ? "  - " : "    ").append(k).append(": ").append(v).append('\n'));
        Path file = Files.writeString(dir.resolve("bad.yaml"), yaml.toString());

        assertThatThrownBy(() -> Governance.builder().rulePack(file).build()).as(what).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(file + " " + message);
    }

    @Test
    void should_refuse_a_pack_with_no_duties_and_a_missing_quote() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.yml"), "source: x\n");
        Path noQuote = Files.writeString(dir.resolve("noquote.yaml"), HEADER
                + "  - { clause: test.q, for: the-agreement, actor: kmk, action: discuss, matter: x }\n");

        assertThatThrownBy(() -> Governance.builder().rulePack(empty).build())
                .hasMessage(empty + ": a data pack lists its entries under 'duties:'; found none");
        assertThatThrownBy(() -> Governance.builder().rulePack(noQuote).build())
                .hasMessage(noQuote + " line 3: missing key 'quote'");
    }

    @Test
    void should_read_the_shipped_example_data_pack() {
        Governance g = Governance.builder().rulePack(Path.of("../examples/packs/partner-programme.yaml")).build();

        assertThat(g.who("publish", "cultural-programme").facts()).hasSize(9);
        assertThat(List.copyOf(g.clauses().keySet())).contains("gladsaxe.programme", "gladsaxe.focus-report");
    }
}
