package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints. */
record CliRunner(int exit, String out, String err) {
    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KulturmetropolCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRunner(exit, out.toString(), err.toString());
    }

    /** Asserts the run was refused with exit 2 and one line that starts as every refusal does and contains {@code message}. */
    CliRunner refusedWith(String message) {
        assertThat(exit).isEqualTo(KulturmetropolCli.BAD_INPUT);
        assertThat(err).startsWith("kulturmetropol: ").contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(out).isEmpty();
        return this;
    }
}
