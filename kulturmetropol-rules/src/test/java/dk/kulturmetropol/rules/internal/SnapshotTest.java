package dk.kulturmetropol.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.rules.AgreementYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot the build makes of the shipped agreement, and the binary form it is kept in. */
class SnapshotTest {

    @TempDir
    Path dir;

    @Test
    void should_ship_a_snapshot_with_exactly_what_the_rules_derive_now() {
        Snapshot shipped = ShippedSnapshot.load().orElseThrow(() -> new AssertionError(
                ShippedSnapshot.RESOURCE + " is missing or stale: the build writes it in process-classes (exec-maven-plugin)"));
        Snapshot fresh = RuleSet.kommissorium().derive(AgreementYaml.kulturmetropolen());

        assertThat(shipped.facts().duties()).containsExactlyElementsOf(fresh.facts().duties());
        assertThat(shipped.facts().lines()).containsExactlyElementsOf(fresh.facts().lines());
        assertThat(shipped.facts().seats()).containsExactlyElementsOf(fresh.facts().seats());
        assertThat(shipped.facts().holdings()).containsExactlyElementsOf(fresh.facts().holdings());
        assertThat(shipped.facts().placements()).containsExactlyElementsOf(fresh.facts().placements());
        assertThat(shipped.clauses()).isEqualTo(fresh.clauses());
        assertThat(shipped.ruleNames()).isEqualTo(fresh.ruleNames()).isNotEmpty();
        assertThat(shipped.content()).isEqualTo(fresh.content());
    }

    @Test
    void should_read_back_every_field_it_wrote_for_an_agreement_with_a_pack_leavers_and_vice_chairs() throws IOException {
        Agreement base = AgreementYaml.kulturmetropolen();
        Agreement changed = base.withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30)));
        Path pack = dir.resolve("pack.drl");
        Files.writeString(pack, """
                package test.packs;
                import dk.kulturmetropol.model.*;
                import dk.kulturmetropol.rules.pack.Derive;
                import java.time.MonthDay;

                rule "partner-publishes-programme"
                    @source("test") @clause("test.programme") @quote("Each partner publishes its programme by 1 February.")
                when
                    PartnerMembership($m : municipality, $v : validity)
                then
                    insert(Derive.should("partner-municipality:" + $m, "publish", "cultural-programme", $v)
                            .inScope($m).to("kmk").jointlyWith("secretariat").due(Due.yearlyOn(MonthDay.of(2, 1))));
                end
                """);
        Engine.Compiled withPack = Engine.compile(List.of(RuleSources.file(pack)));
        Snapshot written = Engine.derive(withPack, withPack.catalogue(), changed, List.of());
        assertThat(written.facts().duties()).anySatisfy(d -> assertThat(d.due()).isEqualTo(dk.kulturmetropol.model.Due.yearlyOn(java.time.MonthDay.of(2, 1))));
        assertThat(written.facts().duties()).anySatisfy(d -> assertThat(d.due()).isNotNull().isNotEqualTo(dk.kulturmetropol.model.Due.yearlyOn(java.time.MonthDay.of(2, 1))));
        assertThat(written.facts().duties()).anySatisfy(d -> assertThat(d.frequency()).isNotNull());
        assertThat(written.facts().duties()).anySatisfy(d -> assertThat(d.condition()).isNotNull());
        assertThat(written.facts().duties()).anySatisfy(d -> assertThat(d.reading()).isNotNull());

        Snapshot read = ShippedSnapshot.load(file("written.snapshot", written, ShippedSnapshot.fingerprint())).orElseThrow();

        assertThat(read.content()).isEqualTo(written.content());
        assertThat(read.agreement().partners()).extracting(Partner::left).contains(LocalDate.of(2024, 6, 30));
    }

    @Test
    void should_not_use_a_snapshot_in_a_classes_directory_whose_texts_have_changed_since() throws IOException {
        Snapshot shipped = ShippedSnapshot.load().orElseThrow();

        assertThat(ShippedSnapshot.load(file("stale.snapshot", shipped, ShippedSnapshot.fingerprint() + 1))).isEmpty();
        assertThat(ShippedSnapshot.load(file("current.snapshot", shipped, ShippedSnapshot.fingerprint()))).isPresent();
    }

    @Test
    void should_trust_a_snapshot_packed_in_a_jar_with_the_texts_it_was_made_from() throws IOException {
        Snapshot shipped = ShippedSnapshot.load().orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ShippedSnapshot.write(shipped, bytes, 42L);
        Path jar = dir.resolve("rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(ShippedSnapshot.RESOURCE));
            out.write(bytes.toByteArray());
            out.closeEntry();
        }

        URL inJar = new URL("jar:" + jar.toUri() + "!/" + ShippedSnapshot.RESOURCE);

        assertThat(ShippedSnapshot.load(inJar)).hasValueSatisfying(s -> assertThat(s.content()).isEqualTo(shipped.content()));
    }

    @Test
    void should_not_use_a_file_of_another_format_or_one_cut_short() throws IOException {
        Snapshot shipped = ShippedSnapshot.load().orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ShippedSnapshot.write(shipped, bytes, ShippedSnapshot.fingerprint());
        byte[] whole = bytes.toByteArray();
        Path cut = dir.resolve("cut.snapshot");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path other = dir.resolve("other.snapshot");
        Files.writeString(other, "\u0000\u0005hello");

        assertThat(ShippedSnapshot.load(cut.toUri().toURL())).isEmpty();
        assertThat(ShippedSnapshot.load(other.toUri().toURL())).isEmpty();
        assertThat(ShippedSnapshot.load(dir.resolve("missing.snapshot").toUri().toURL())).isEmpty();
    }

    private URL file(String name, Snapshot snapshot, long fingerprint) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            ShippedSnapshot.write(snapshot, out, fingerprint);
        }
        return file.toUri().toURL();
    }
}
