package dk.kulturmetropol.examples;

/** The baseline of {@code bench}'s cold-start pairs: a JVM that starts, prints hello and stops. */
public final class BareJvm {
    private BareJvm() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
