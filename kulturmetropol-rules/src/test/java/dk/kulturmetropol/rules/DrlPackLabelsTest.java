package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Sentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DRL pack labels the ids it brings with one {@code declare} per id ({@code @actor}, {@code @matter}, ... and its
 * words as {@code @da}, {@code @en} and their forms), as a data pack does with {@code labels}: its duties then read in
 * Danish and English with no id in them, and an actor it labels is no unknown actor.
 */
class DrlPackLabelsTest {
    @TempDir
    Path dir;

    private static final String HEAD = """
            package p;

            import dk.kulturmetropol.model.*;
            import dk.kulturmetropol.rules.pack.Derive;
            import java.time.LocalDate;

            """;

    private static final String RULE = """
            rule "agency-status"
                @source("The agency's rules")
                @clause("agency.status")
                @quote("A status is due to the agency each 15 September.")
            when
                AgreementPeriod($v : validity)
            then
                insert(Derive.must("kulturmetropolen", "submit", "agency-status", $v).to("the-agency", "the-other-agency")
                        .dueOn(LocalDate.of(2022, 9, 15)));
            end
            """;

    private static final String LABELS = """
            declare TheAgency
                @actor("the-agency")
                @da("Styrelsen")
                @en("the Agency")
            end

            declare AgencyStatus
                @matter("agency-status")
                @da("status")
                @da_the("statussen")
                @en("status")
                @en_the("the status")
            end

            """;

    private Path pack(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Duty theDuty(Governance g) {
        return g.who("submit", "agency-status").rows().get(0).fact();
    }

    @Test
    void should_write_a_drl_packs_duty_with_the_labels_it_declares() throws IOException {
        // given a DRL pack that labels the actor and the matter it brings
        Governance g = Governance.builder().rulePack(pack("labelled.drl", HEAD + LABELS + RULE)).build();

        // when its duty is written in Danish and in English
        String da = Sentences.of(g.labels(Language.DA)).of(theDuty(g));
        String en = Sentences.of(g.labels(Language.EN)).of(theDuty(g));

        // then the labels stand where the ids stood; the actor with no form of its own is written by its label
        assertThat(da).startsWith("Kulturmetropolen skal indsende statussen til Styrelsen og the-other-agency");
        assertThat(en).startsWith("Kulturmetropolen must submit the status to the Agency and the-other-agency");
        assertThat(g.labels(Language.DA).label("matter", "agency-status")).isEqualTo("status");
        assertThat(g.labels(Language.DA).label("actor", "the-agency")).isEqualTo("Styrelsen");
    }

    @Test
    void should_show_the_ids_of_a_drl_pack_that_labels_none() throws IOException {
        Governance g = Governance.builder().rulePack(pack("bare.drl", HEAD + RULE)).build();

        assertThat(Sentences.of(g.labels(Language.DA)).of(theDuty(g))).startsWith("Kulturmetropolen skal indsende agency-status til the-agency");
    }

    @Test
    void should_warn_of_an_unknown_actor_only_where_no_pack_labels_it() throws IOException {
        // given a pack that labels one of the two agencies its duty goes to
        Governance g = Governance.builder().rulePack(pack("labelled.drl", HEAD + LABELS + RULE)).build();

        // when the mandate set is checked
        var unknown = g.validate().stream().filter(f -> f.code().equals("unknown-actor")).toList();

        // then only the one it does not label is warned of
        assertThat(unknown).singleElement().satisfies(f -> assertThat(f.actors()).containsExactly("the-other-agency"));
    }

    @Test
    void should_leave_a_packs_own_declared_type_alone() throws IOException {
        Governance g = Governance.builder().rulePack(pack("typed.drl", HEAD + "declare Tally\n    count : int\nend\n\n" + RULE)).build();

        assertThat(g.who("submit", "agency-status").rows()).hasSize(1);
    }

    @Test
    void should_refuse_a_label_form_it_does_not_know_at_its_line_saying_what_is_accepted() throws IOException {
        // given a label declaration with a misspelt form on line 12
        Path bad = pack("bad.drl", HEAD + LABELS.replace("@da_the(", "@da_thee(") + RULE);

        assertThatThrownBy(() -> Governance.builder().rulePack(bad).build()).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(bad + ":16: declare 'AgencyStatus': @da_thee is not a label's; a label declaration names its id "
                        + "with one of @actor, @action, @matter, @subject")
                .hasMessageContaining("gives @da and @en (the label), and may give the forms @da_the, @da_of, @da_the_of, @da_do, @da_do_to, @da_do_self");
    }

    @Test
    void should_refuse_a_label_declaration_without_english_naming_the_declaration() throws IOException {
        Path bad = pack("bad.drl", HEAD + LABELS.replace("    @en(\"the Agency\")\n", "") + RULE);

        assertThatThrownBy(() -> Governance.builder().rulePack(bad).build()).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(bad + ":7: declare 'TheAgency' labels actor 'the-agency' without @en(\"...\"); a label declaration");
    }

    @Test
    void should_refuse_an_id_that_is_not_kebab_case_the_librarys_own_or_empty_words() throws IOException {
        Path notKebab = pack("a.drl", HEAD + LABELS.replace("@actor(\"the-agency\")", "@actor(\"The Agency\")") + RULE);
        Path own = pack("b.drl", HEAD + LABELS.replace("@matter(\"agency-status\")", "@matter(\"annual-plan\")") + RULE);
        Path empty = pack("c.drl", HEAD + LABELS.replace("@da(\"status\")", "@da(\" \")") + RULE);
        Path twoKinds = pack("d.drl", HEAD + LABELS.replace("    @da(\"Styrelsen\")", "    @matter(\"x\")\n    @da(\"Styrelsen\")") + RULE);
        Path noId = pack("e.drl", HEAD + LABELS.replace("    @actor(\"the-agency\")\n", "") + RULE);

        assertThatThrownBy(() -> Governance.builder().rulePack(notKebab).build()).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(notKebab + ":8: declare 'TheAgency': @actor is 'The Agency', expected a kebab-case id such as 'annual-status'");
        assertThatThrownBy(() -> Governance.builder().rulePack(own).build()).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(own + ":15: declare 'AgencyStatus': matter 'annual-plan' is the library's own (label key 'matter.annual-plan')");
        assertThatThrownBy(() -> Governance.builder().rulePack(empty).build()).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(empty + ":15: declare 'AgencyStatus': @da is empty; expected the words for matter 'agency-status'");
        assertThatThrownBy(() -> Governance.builder().rulePack(twoKinds).build()).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(twoKinds + ":7: declare 'TheAgency' names @actor and @matter; one declaration labels one id");
        assertThatThrownBy(() -> Governance.builder().rulePack(noId).build()).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(noId + ":7: declare 'TheAgency' gives words but names no id");
    }

    @Test
    void should_refuse_two_labels_for_one_id_naming_both_places() throws IOException {
        Path twice = pack("twice.drl", HEAD + LABELS + """
                declare Agency
                    @actor("the-agency")
                    @da("Agenturet")
                    @en("the Agency")
                end

                """ + RULE);

        assertThatThrownBy(() -> Governance.builder().rulePack(twice).build()).isInstanceOf(RulePackException.class)
                .hasMessageContaining("labels actor 'the-agency' 'Styrelsen', but " + twice + ":")
                .hasMessageContaining("labels it 'Agenturet'; one id has one label");
    }

    @Test
    void should_refuse_a_data_pack_that_labels_an_id_of_a_drl_pack_otherwise_naming_both_files() throws IOException {
        // given a DRL pack that labels the agency, and a data pack that labels it with other words
        Path drl = pack("labelled.drl", HEAD + LABELS + RULE);
        Path yaml = pack("other.yaml", """
                source: S
                duties:
                  - { clause: o.c, quote: Q., for: the-agreement, actor: kmk, action: report, matter: other-status, to: [the-agency] }
                labels:
                  da:
                    actor.the-agency: Agenturet
                """);

        assertThatThrownBy(() -> Governance.builder().rulePack(drl).rulePack(yaml).build()).isInstanceOf(RulePackException.class)
                .hasMessage(yaml + ": label 'actor.the-agency' (da) is 'Agenturet', but " + drl + ":9 labels it 'Styrelsen'; "
                        + "one id has one label: label it in one pack");
    }
}
