package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.rules.OrgChart.Edge;
import dk.kulturmetropol.rules.OrgChart.Node;

/** Governance.orgChart: the org chart as records, every edge from a fact the rules derive and its clause. */
class OrgChartTest {
    private static final LocalDate JUNE_2022 = LocalDate.of(2022, 6, 1);
    private final Governance g = Governance.kulturmetropolen();
    private final OrgChart chart = g.orgChart(Criteria.any().asOf(JUNE_2022));

    private static List<String> edges(OrgChart chart, String kind) {
        return chart.edges().stream().filter(e -> e.kind().equals(kind)).map(e -> e.from() + " -> " + e.to() + " (" + e.clauseId() + ")").toList();
    }

    @Test
    void should_join_each_focus_area_to_its_home_municipality_by_the_home_list() {
        assertThat(edges(chart, "home")).containsExactlyInAnyOrder("culture-and-health -> ishoej (home.list)",
                "music -> roskilde (home.list)", "youth -> albertslund (home.list)");
        assertThat(chart.node("music")).map(Node::kind).contains("focus-area");
        assertThat(chart.node("roskilde")).map(Node::kind).contains("municipality");
    }

    @Test
    void should_name_only_the_holders_the_agreement_names() {
        assertThat(edges(chart, "holds")).containsExactlyInAnyOrder("culture-committee-chair:ishoej -> political-chair (chairs.who-1)",
                "culture-chief:ishoej -> administrative-chair (chairs.who-2)");
        assertThat(chart.nodes()).filteredOn(n -> n.kind().equals("holder")).extracting(Node::id)
                .containsExactlyInAnyOrder("culture-committee-chair:ishoej", "culture-chief:ishoej");
        assertThat(chart.node("culture-committee-chair:koege")).isEmpty();
        assertThat(chart.node("political-steering-group").orElseThrow().label()).contains("culture committee chair of each partner municipality");
    }

    @Test
    void should_draw_each_home_municipalitys_culture_chief_answering_to_kmk_and_the_two_vice_chairs() {
        // home.tasks-5: "Det er hjemkommunens repræsentant i blandt KMK, der overfor KMK er ansvarlig for ovenstående." (each home)
        OrgChart on = g.orgChart(Criteria.any().asOf(LocalDate.of(2023, 1, 1)), Language.DA);
        assertThat(edges(on, "reports-to")).contains("culture-chief:ishoej -> kmk (home.tasks-5)",
                "culture-chief:roskilde -> kmk (home.tasks-5)", "culture-chief:albertslund -> kmk (home.tasks-5)");
        assertThat(on.node("culture-chief:roskilde")).map(Node::label).contains("kulturchef i Roskilde Kommune");
        assertThat(on.node("culture-chief:koege")).as("Køge is no home municipality").isEmpty();
        assertThat(on.node("kmk").orElseThrow().label()).contains("kulturchef fra hver partnerkommune");
        // vice.who-1: "Der udpeges to politiske næstformænd ..."
        assertThat(on.node("vice-chair")).map(Node::label).contains("to politiske næstformænd");
        assertThat(chart.node("vice-chair")).map(Node::label).contains("two political vice-chairs");
        // a home that moves (music-moves-2022): the culture chief of the day's home
        OrgChart moved = Governance.of(AgreementYaml.read(Path.of("../examples/configs/music-moves-2022.yaml")))
                .orgChart(Criteria.any().asOf(LocalDate.of(2022, 7, 1)));
        assertThat(edges(moved, "reports-to")).contains("culture-chief:herlev -> kmk (home.tasks-5)")
                .doesNotContain("culture-chief:roskilde -> kmk (home.tasks-5)");
    }

    @Test
    void should_draw_no_member_line_to_a_few_partners_when_the_label_says_every_partner() {
        // kmk.who / psg.who make every partner's culture chief and committee chair a member; the boxes drawn for a post or a
        // home (Ishøj, Albertslund, Roskilde) must not get a member line that reads as if only they sat in the body
        OrgChart da = g.orgChart(Criteria.any().asOf(JUNE_2022), Language.DA);
        assertThat(da.node("kmk").orElseThrow().label()).contains("kulturchef fra hver partnerkommune");
        assertThat(da.node("political-steering-group").orElseThrow().label()).contains("kulturudvalgsformand fra hver partnerkommune");
        assertThat(edges(da, "sits-in")).noneMatch(e -> e.startsWith("culture-chief:") || e.startsWith("culture-committee-chair:"))
                .anyMatch(e -> e.startsWith("political-chair -> political-chairmanship"));
        assertThat(da.node("culture-chief:albertslund")).as("still drawn: it answers to KMK for the home's duties").isPresent();
    }

    @Test
    void should_draw_the_structure_the_text_gives_from_its_facts() {
        assertThat(edges(chart, "proposes-to")).containsExactly("kmk -> political-steering-group (kmk.tasks-6)");
        assertThat(edges(chart, "elects")).containsExactly("kmk -> administrative-board (board.who-3)");
        assertThat(edges(chart, "placed-in")).containsExactly("secretariat -> ishoej (secretariat.who)");
        assertThat(edges(chart, "reports-to")).contains("head-of-secretariat -> administrative-chair (secretariat.head-2)",
                "project-chief:music -> kmk (chief.role-2)", "project-chief:music -> secretariat (chief.role-2)");
        assertThat(edges(chart, "reports-on-to")).contains("secretariat -> ministry-of-culture (secretariat.bullet-2)");
        assertThat(edges(chart, "leads")).contains("political-chair -> political-steering-group (chairs.tasks-1)",
                "project-chief:music -> music (chief.role-1)");
    }

    @Test
    void should_rest_every_edge_on_a_known_clause_and_join_two_of_its_nodes() {
        Set<String> ids = chart.nodes().stream().map(Node::id).collect(Collectors.toSet());
        assertThat(chart.edges()).isNotEmpty().allSatisfy(e -> {
            assertThat(g.clauses()).containsKey(e.clauseId());
            assertThat(g.ruleNames()).contains(e.rule());
            assertThat(ids).contains(e.from(), e.to());
        });
        Set<String> pairs = new HashSet<>();
        assertThat(chart.edges()).allSatisfy(e -> assertThat(pairs.add(e.from() + " " + e.to() + " " + e.kind())).isTrue());
    }

    @Test
    void should_stand_the_steering_group_above_kmk_above_the_board() {
        assertThat(chart.edges()).anySatisfy(e -> assertThat(List.of(e.upper(), e.lower())).containsExactly("political-steering-group", "kmk"));
        assertThat(chart.edges()).anySatisfy(e -> assertThat(List.of(e.upper(), e.lower())).containsExactly("kmk", "administrative-board"));
        assertThat(chart.edges()).noneMatch(e -> e.lower().equals("political-steering-group"));
    }

    @Test
    void should_label_in_danish_without_ids() {
        OrgChart da = g.orgChart(Criteria.any().asOf(JUNE_2022), Language.DA);
        Set<String> ids = da.nodes().stream().map(Node::id).collect(Collectors.toSet());
        assertThat(da.node("music").orElseThrow().label()).isEqualTo("Musikindsatsen");
        assertThat(da.edges()).filteredOn(e -> e.kind().equals("home")).extracting(Edge::label).containsOnly("hjemkommune");
        assertThat(da.nodes()).allSatisfy(n -> assertThat(words(n.label())).doesNotContainAnyElementsOf(ids));
        assertThat(da.edges()).allSatisfy(e -> assertThat(words(e.label())).doesNotContainAnyElementsOf(ids).doesNotContain(e.kind()));
    }

    private static List<String> words(String label) {
        return List.of(label.split("[^\\p{L}\\p{N}:-]+"));
    }

    @Test
    void should_show_a_moving_home_on_the_day_asked() {
        Governance moving = Governance.builder().config(Path.of("../examples/configs/music-moves-2022.yaml")).build();

        assertThat(edges(moving.orgChart(Criteria.any().asOf(LocalDate.of(2022, 6, 30))), "home")).contains("music -> roskilde (home.list)")
                .doesNotContain("music -> herlev (home.list)");
        assertThat(edges(moving.orgChart(Criteria.any().asOf(LocalDate.of(2022, 7, 1))), "home")).contains("music -> herlev (home.list)")
                .doesNotContain("music -> roskilde (home.list)");
    }

    @Test
    void should_refuse_a_day_outside_the_agreement() {
        assertThatThrownBy(() -> g.orgChart(Criteria.any().asOf(LocalDate.of(2025, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-01-01").hasMessageContaining("2024-12-31");
    }
}
