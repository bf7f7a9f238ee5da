package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Duty;

/**
 * One item of the annual cycle ("årshjulet"): what one actor (or one kind of actor, such as the project chiefs of the
 * focus areas) takes one action on over one window, grouping the deadlines of {@link Governance#calendar} that share
 * them. KMK approving the 2021 accounts and the 2023 annual plan and budget of the three focus areas (kmk.tasks-5,
 * chief.role-5) is one item over 2022, not nine; each deadline it groups keeps its own duty, clause and reading.
 * Grouping invents no date: the items' windows are the deadlines' own.
 *
 * <pre>{@code
 * CycleItem item = g.annualCycle(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), Criteria.any()).get(0);
 * item.actor();    // "kmk"
 * item.scopes();   // [culture-and-health, music, youth]
 * item.clauses();  // kmk.tasks-5 and chief.role-5, each with its sentence
 * }</pre>
 *
 * @param start     the window's first day; for a dated deadline the date itself
 * @param due       the day it falls due: a dated deadline's date, or the window's last day
 * @param actor     who acts: the deadlines' common actor ({@code kmk}), or, when they differ only by scope, the role
 *                  they share ({@code project-chief} for {@code project-chief:music} and {@code project-chief:youth});
 *                  {@code null} when the text names no one
 * @param action    the action all its deadlines take, e.g. {@code approve}
 * @param deadlines the deadlines it groups, in the calendar's order; never empty, all over the same window
 */
public record CycleItem(LocalDate start, LocalDate due, String actor, String action, List<Deadline> deadlines) {
    /**
     * Checks that the deadlines are there and share the window and the action, and copies them.
     *
     * @param start     the window's first day
     * @param due       the day it falls due, not before {@code start}
     * @param actor     who acts, or {@code null} when the text names no one
     * @param action    the action all its deadlines take
     * @param deadlines at least one deadline, each over {@code start..due} with {@code action}; copied
     * @throws NullPointerException     when {@code start}, {@code due}, {@code action} or {@code deadlines} is null
     * @throws IllegalArgumentException when there is no deadline, {@code start} is after {@code due}, or a deadline has
     *     another window or action, naming it
     */
    public CycleItem {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(action, "action");
        deadlines = List.copyOf(deadlines);
        if (deadlines.isEmpty()) {
            throw new IllegalArgumentException("an annual cycle item groups at least one deadline; found none for " + actor + " " + action);
        }
        if (start.isAfter(due)) {
            throw new IllegalArgumentException("an annual cycle item starts " + start + ", after it falls due " + due);
        }
        for (Deadline d : deadlines) {
            if (!d.start().equals(start) || !d.date().equals(due) || !d.row().fact().action().equals(action)) {
                throw new IllegalArgumentException("deadline " + d + " is not over " + start + ".." + due + " with action " + action);
            }
        }
    }

    /**
     * Whether this approval waits for {@code submission}: the text has the matter handed in before it is approved
     * ("indlevere årsplan ... til KMK", then "KMK godkender ... årsplan"), for the same focus area and year. A calendar
     * without meetings gives both the last day of their window; the approval still comes after.
     * <pre>{@code
     * List<CycleItem> items = governance.annualCycle(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), Criteria.any());
     * items.stream().filter(a -> a.action().equals("approve"))
     *         .forEach(a -> items.stream().filter(a::waitsFor).forEach(s -> System.out.println(a + " after " + s)));
     * }</pre>
     *
     * @param submission another item of the cycle
     * @return true when this item approves a matter {@code submission} hands in, of the same scope and year
     */
    public boolean waitsFor(CycleItem submission) {
        return Calendar.waitsFor(this, submission);
    }

    /**
     * Whether it is a to-do over a window the text does not give (a reading), not an event on a date a rule sets.
     *
     * @return true for a window read where the text gives none; false for a dated deadline
     */
    public boolean isWindow() {
        return deadlines.get(0).isWindow();
    }

    /**
     * The focus areas or municipalities its deadlines concern, each once, in order; empty when none has a scope.
     *
     * @return the scope ids
     */
    public List<String> scopes() {
        return deadlines.stream().map(d -> d.row().fact().scope()).filter(Objects::nonNull).distinct().toList();
    }

    /**
     * The matters, each once, in order: {@code [annual-accounts, annual-plan, budget]}.
     *
     * @return the matter ids
     */
    public List<String> matters() {
        return deadlines.stream().map(d -> d.row().fact().matter()).distinct().toList();
    }

    /**
     * What it concerns, matter by matter: for KMK's 2022 item {@code {annual-accounts=2021, annual-plan=2023, budget=2023}};
     * a matter with no year or quarter (a dated deadline) maps to {@code ""}.
     *
     * @return an unmodifiable map from matter id to the year or quarter it concerns, in the order of the deadlines
     */
    public Map<String, String> concerns() {
        Map<String, String> out = new LinkedHashMap<>();
        deadlines.forEach(d -> out.putIfAbsent(d.row().fact().matter(), d.concerns()));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The recipients of its deadlines (to whom it goes), each once, in order; empty when they name none.
     *
     * @return the recipients' actor ids
     */
    public List<String> recipients() {
        return deadlines.stream().flatMap(d -> d.row().fact().recipients().stream()).distinct().toList();
    }

    /**
     * The clauses its deadlines rest on, each once, in order: every sentence it cites.
     *
     * @return the clauses, each with its quote
     */
    public List<Clause> clauses() {
        Map<String, Clause> out = new LinkedHashMap<>();
        deadlines.forEach(d -> out.putIfAbsent(d.row().clause().id(), d.row().clause()));
        // a window that ends before another's dated deadline rests on that deadline's sentence too
        deadlines.forEach(d -> d.endsBefore().ifPresent(r -> out.putIfAbsent(r.clause().id(), r.clause())));
        return List.copyOf(out.values());
    }

    /**
     * How its window was read where the text gives none, each reading once; empty for a dated deadline.
     *
     * @return the readings in English words
     */
    public List<String> readings() {
        return deadlines.stream().map(Deadline::reading).filter(r -> !r.isEmpty()).distinct().toList();
    }

    /**
     * The quarter it falls due in, as {@code 2022-Q4} (what {@code Sentences.countedPeriod} writes in words).
     *
     * @return the quarter, {@code YYYY-Qn}
     */
    public String quarter() {
        return quarterOf(due);
    }

    /**
     * The quarter {@code day} falls in, as {@code 2022-Q4}.
     *
     * @param day the day
     * @return its quarter, {@code YYYY-Qn}, 1 for January to March
     */
    public static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() + 2) / 3);
    }

    /**
     * The duties it groups, each once, in order.
     *
     * @return the duties, each once
     */
    public List<Duty> duties() {
        List<Duty> out = new ArrayList<>();
        deadlines.forEach(d -> {
            if (!out.contains(d.row().fact())) {
                out.add(d.row().fact());
            }
        });
        return List.copyOf(out);
    }

    /**
     * {@code 2022-01-01..2022-12-31 kmk approve annual-accounts 2021, annual-plan 2023, budget 2023 for culture-and-health,
     * music, youth (kmk.tasks-5, chief.role-5)}.
     */
    @Override
    public String toString() {
        List<String> what = new ArrayList<>();
        concerns().forEach((matter, year) -> what.add(year.isEmpty() ? matter : matter + " " + year));
        return (isWindow() ? start + ".." : "") + due + " " + (actor == null ? "(no one named)" : actor) + " " + action + " "
                + String.join(", ", what) + (scopes().isEmpty() ? "" : " for " + String.join(", ", scopes())) + " ("
                + String.join(", ", clauses().stream().map(Clause::id).toList()) + ")";
    }
}
